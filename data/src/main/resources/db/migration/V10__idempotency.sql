-- Answers to writes sent with an Idempotency-Key (server/.../system/IdempotencyFilter): a client that
-- lost the answer sends the same request with the same key and gets the first answer again.
CREATE TABLE idempotent_request (
    account_id   bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    key          text NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash bytea NOT NULL,             -- SHA-256 of method, path and body
    status       integer,                    -- null while the first request runs
    content_type text,
    etag         text,
    location     text,
    body         bytea,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotent_request_created ON idempotent_request (created_at);
