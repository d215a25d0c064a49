INSERT INTO grid (id, committee_id, parent_id, level, seq, code, name, leader_id, boundary,
                  illustrative)
OVERRIDING SYSTEM VALUE
SELECT u.id, u.committee_id, u.parent_id, u.level, u.seq, u.code, u.name, u.leader_id,
       ST_GeomFromEWKB(u.boundary), true
FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::integer[], ?::text[], ?::text[],
            ?::bigint[], ?::bytea[])
    AS u (id, committee_id, parent_id, level, seq, code, name, leader_id, boundary)
