INSERT INTO duty_slot (id, post_id, weekday, starts_at, ends_at)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.post_id, u.weekday, u.starts_at::time, u.ends_at::time
FROM unnest(?::bigint[], ?::bigint[], ?::smallint[], ?::text[], ?::text[])
    AS u (id, post_id, weekday, starts_at, ends_at)
