INSERT INTO person (id, committee_id, name, phone, role, illustrative)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.committee_id, u.name, u.phone, u.role, true
FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[])
    AS u (id, committee_id, name, phone, role)
