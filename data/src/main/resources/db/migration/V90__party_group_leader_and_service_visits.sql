-- The duty record book (issue 15), the rest of the rules. A featured party group's leader (a person
-- of the register) records the group's activities as the committee's staff do, once a member's
-- account is linked to them.
ALTER TABLE party_group ADD COLUMN leader_id bigint REFERENCES person ON DELETE SET NULL;

-- Thursday grid service day (周四网格服务日): a liaison leader's or department's visit to their
-- community, the problems taken up there and what follows. Always a Thursday.
CREATE TABLE service_day_visit (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    liaison_id   bigint NOT NULL REFERENCES liaison ON DELETE CASCADE,
    visited_on   date   NOT NULL CHECK (extract(isodow FROM visited_on) = 4),
    problems     text   NOT NULL CHECK (length(btrim(problems)) BETWEEN 1 AND 2000),
    follow_up    text   CHECK (length(follow_up) <= 2000),
    recorded_by  text   NOT NULL,
    illustrative boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX service_day_visit_liaison_idx ON service_day_visit (liaison_id, visited_on);
