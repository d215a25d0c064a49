INSERT INTO party_group (id, committee_id, name, speciality, illustrative)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.committee_id, u.name, u.speciality, true
FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[]) AS u (id, committee_id, name, speciality)
