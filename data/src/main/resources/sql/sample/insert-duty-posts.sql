-- duty_types travels comma-separated: unnest would flatten an array of arrays.
INSERT INTO duty_post (id, committee_id, code, name, location, area, duty_types, leader_id,
                       illustrative)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.committee_id, u.code, u.name, ST_GeomFromEWKB(u.location), ST_GeomFromEWKB(u.area),
       string_to_array(u.duty_types, ','), u.leader_id, true
FROM unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::bytea[], ?::bytea[], ?::text[],
            ?::bigint[])
    AS u (id, committee_id, code, name, location, area, duty_types, leader_id)
