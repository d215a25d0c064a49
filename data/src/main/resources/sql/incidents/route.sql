-- Who is responsible for the place (:lon, :lat) at :weekday :minute (the town's local time): the
-- committee, comprehensive grid and micro-grid that hold it, the live posts whose drawn area holds
-- it (by code) and, of those, which have a slot covering that minute (its start and end, minutes).
-- committee_id is null when no committee holds the place: outside the town, as far as routing goes
-- (no test against the town's outline, which at city scale is one huge polygon).
WITH p AS (SELECT ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) AS g),
c AS (SELECT c.id, c.code, c.name FROM committee c, p
       WHERE c.boundary && p.g AND ST_Intersects(c.boundary, p.g) ORDER BY c.code LIMIT 1),
g AS (SELECT g.id, g.code, g.name, g.level FROM grid g, p, c
       WHERE g.committee_id = c.id AND g.boundary && p.g AND ST_Intersects(g.boundary, p.g)),
d AS (SELECT d.id, d.code, d.name,
             (SELECT array[extract(epoch FROM s.starts_at)::int / 60,
                           CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE extract(epoch FROM s.ends_at)::int / 60 END]
                FROM duty_slot s
               WHERE s.post_id = d.id AND s.weekday = :weekday
                 AND extract(epoch FROM s.starts_at) / 60 <= :minute
                 AND (s.ends_at = '00:00' OR extract(epoch FROM s.ends_at) / 60 > :minute)
               ORDER BY s.starts_at LIMIT 1) AS slot
        FROM duty_post d, p, c
       WHERE d.committee_id = c.id AND d.retired_at IS NULL
         AND d.area && p.g AND ST_Intersects(d.area, p.g))
SELECT c.id AS committee_id, c.code AS committee, c.name AS committee_name,
       (SELECT id FROM g WHERE level = 'comprehensive' ORDER BY code LIMIT 1) AS grid_id,
       (SELECT name FROM g WHERE level = 'comprehensive' ORDER BY code LIMIT 1) AS grid_name,
       (SELECT id FROM g WHERE level = 'micro' ORDER BY code LIMIT 1) AS micro_id,
       (SELECT name FROM g WHERE level = 'micro' ORDER BY code LIMIT 1) AS micro_name,
       (SELECT coalesce(array_agg(code ORDER BY code), '{}') FROM d) AS posts,
       (SELECT coalesce(array_agg(id ORDER BY code), '{}') FROM d) AS post_ids,
       (SELECT coalesce(array_agg(coalesce(slot[1], -1) ORDER BY code), '{}') FROM d) AS slot_starts,
       (SELECT coalesce(array_agg(coalesce(slot[2], -1) ORDER BY code), '{}') FROM d) AS slot_ends
  FROM (SELECT 1) AS one LEFT JOIN c ON true
