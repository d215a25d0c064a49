INSERT INTO committee (id, town_id, code, kind, name, boundary, illustrative)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.town_id, u.code, u.kind, u.name, ST_GeomFromEWKB(u.boundary), true
FROM unnest(?::bigint[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::bytea[])
    AS u (id, town_id, code, kind, name, boundary)
