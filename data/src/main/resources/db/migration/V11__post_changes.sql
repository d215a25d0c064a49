-- Planners change posts, not only their areas: create, move, rename, retire and set duties, through
-- the same draft plans, with a history of their own (a post's state is not one shape).

-- The town's duty types: the five of V1, which an administrator can extend.
CREATE TABLE duty_type (
    id         text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{1,39}$'),
    name       text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100), -- Chinese, then English
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO duty_type (id, name) VALUES
    ('security_fire_patrol', '治安消防巡逻 Security and fire patrol'),
    ('sanitation', '环境卫生 Sanitation'),
    ('illegal_business_dissuasion', '违规经营劝导 Illegal business dissuasion'),
    ('public_event_report', '公共事件报告 Public event reporting'),
    ('dispute_mediation', '矛盾调解 Dispute mediation');

-- A post's duties come from that list (a CHECK cannot read a table, so a trigger does).
ALTER TABLE duty_post DROP CONSTRAINT duty_post_duty_types_check;
ALTER TABLE duty_post ADD CHECK (cardinality(duty_types) > 0);
CREATE FUNCTION duty_post_known_duties() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM unnest(NEW.duty_types) AS t(id) WHERE id NOT IN (SELECT id FROM duty_type)) THEN
        RAISE EXCEPTION 'unknown duty type in %', NEW.duty_types USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER duty_post_known_duties BEFORE INSERT OR UPDATE OF duty_types ON duty_post
    FOR EACH ROW EXECUTE FUNCTION duty_post_known_duties();

-- A retired post keeps its row (and code) for history, and leaves the map and the analysis.
ALTER TABLE duty_post ADD COLUMN retired_at timestamptz;

-- A post as a plan proposes it (the planner's latest): the whole state, so publishing writes it
-- as drawn. base_version 0: a new post, its code kept free until published.
CREATE TABLE plan_post_change (
    plan_id      bigint  NOT NULL REFERENCES plan ON DELETE CASCADE,
    code         text    NOT NULL CHECK (code ~ '^[0-9]{12}P[0-9]{2}$'),
    committee    text    NOT NULL,
    base_version integer NOT NULL CHECK (base_version >= 0),
    name         text    NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    location     geometry(Point, 4326) NOT NULL,
    duty_types   text[]  NOT NULL CHECK (cardinality(duty_types) > 0),
    retired      boolean NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, code)
);

-- Every published change of a post: who, when, why, its state before (none for a new post) and
-- after. Reverting is a change of its own, as for areas.
CREATE TABLE post_change (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code              text        NOT NULL,
    changed_by        text        NOT NULL,
    changed_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    reason            text        NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    plan_id           bigint      REFERENCES plan,
    reverts           bigint      REFERENCES post_change,
    before_version    integer     NOT NULL,
    after_version     integer     NOT NULL,
    before_name       text,
    before_location   geometry(Point, 4326),
    before_duty_types text[],
    before_retired    boolean,
    after_name        text        NOT NULL,
    after_location    geometry(Point, 4326) NOT NULL,
    after_duty_types  text[]      NOT NULL,
    after_retired     boolean     NOT NULL
);
CREATE INDEX post_change_code_idx ON post_change (code, changed_at);
