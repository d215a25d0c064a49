-- The duty record book (issue 15), part two: what was actually done at a post. A record outside its
-- post's area or far from the post's slots is kept and flagged, and staff confirm or reject it with
-- a reason: nothing is silently dropped. A reported problem's incident (issue 16) is a reference
-- that stays null until incidents exist.

CREATE TABLE duty_record (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    post_id          bigint      NOT NULL REFERENCES duty_post,
    committee_id     bigint      NOT NULL REFERENCES committee, -- the post's, kept for the month's sums
    person_id        bigint      NOT NULL REFERENCES person,
    duty_type        text        NOT NULL REFERENCES duty_type,
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    place            geometry(Geometry, 4326) NOT NULL
        CHECK (GeometryType(place) IN ('POINT', 'LINESTRING') AND ST_IsValid(place)),
    note             text        NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    problem_reported boolean     NOT NULL DEFAULT false,
    incident_id      bigint, -- issue 16's incident, when it lands
    flags            text[]      NOT NULL DEFAULT '{}'
        CHECK (flags <@ ARRAY['outside_area', 'far_from_slot']),
    review           text        NOT NULL DEFAULT 'none'
        CHECK (review IN ('none', 'pending', 'confirmed', 'rejected')),
    review_reason    text        CHECK (length(btrim(review_reason)) BETWEEN 1 AND 500),
    reviewed_by      text,
    reviewed_at      timestamptz,
    recorded_by      text        NOT NULL,
    illustrative     boolean     NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at >= starts_at AND ends_at - starts_at <= interval '1 day'),
    CHECK ((review = 'pending') = (cardinality(flags) > 0 AND reviewed_at IS NULL)),
    CHECK (review <> 'rejected' OR review_reason IS NOT NULL)
);
CREATE INDEX duty_record_committee_idx ON duty_record (committee_id, starts_at);
CREATE INDEX duty_record_person_idx ON duty_record (person_id, starts_at);
CREATE INDEX duty_record_post_idx ON duty_record (post_id, starts_at);
CREATE INDEX duty_record_pending_idx ON duty_record (committee_id) WHERE review = 'pending';
CREATE INDEX duty_record_place_idx ON duty_record USING gist (place);

-- A record's photo, re-encoded as JPEG by the server (no EXIF left), apart so lists stay small.
CREATE TABLE duty_photo (
    record_id bigint PRIMARY KEY REFERENCES duty_record ON DELETE CASCADE,
    jpeg      bytea  NOT NULL
);
