INSERT INTO liaison (committee_id, kind, name, service_weekday, illustrative)
SELECT u.committee_id, u.kind, u.name, u.service_weekday, true
FROM unnest(?::bigint[], ?::text[], ?::text[], ?::smallint[])
    AS u (committee_id, kind, name, service_weekday)
