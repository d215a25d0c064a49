-- Everything the analysis of the committees :ids needs, one row per committee; geometry as WKB in
-- EPSG:4326 (the data module projects it to metres), rosters as parallel arrays.
SELECT c.id, c.code, ST_AsBinary(c.boundary) AS boundary,
       coalesce((SELECT array_agg(d.code ORDER BY d.code) FROM duty_post d WHERE d.committee_id = c.id AND d.retired_at IS NULL), '{}') AS post_codes,
       coalesce((SELECT array_agg(ST_AsBinary(d.location) ORDER BY d.code) FROM duty_post d WHERE d.committee_id = c.id AND d.retired_at IS NULL), '{}') AS post_locations,
       coalesce((SELECT array_agg(ST_AsBinary(coalesce(d.area, ST_GeomFromText('MULTIPOLYGON EMPTY', 4326))) ORDER BY d.code)
                   FROM duty_post d WHERE d.committee_id = c.id AND d.retired_at IS NULL), '{}') AS post_areas,
       coalesce((SELECT array_agg(d.code || ':' || s.weekday || ':' ||
                                  (extract(epoch FROM s.starts_at) / 60)::int || ':' ||
                                  CASE WHEN s.ends_at = '00:00' THEN 1440 ELSE (extract(epoch FROM s.ends_at) / 60)::int END
                                  ORDER BY d.code, s.weekday, s.starts_at)
                   FROM duty_post d JOIN duty_slot s ON s.post_id = d.id WHERE d.committee_id = c.id AND d.retired_at IS NULL), '{}') AS slots,
       coalesce((SELECT array_agg(g.code ORDER BY g.code) FROM grid g WHERE g.committee_id = c.id AND g.level = 'comprehensive'), '{}') AS comprehensive_codes,
       coalesce((SELECT array_agg(ST_AsBinary(g.boundary) ORDER BY g.code) FROM grid g WHERE g.committee_id = c.id AND g.level = 'comprehensive'), '{}') AS comprehensive_shapes,
       coalesce((SELECT array_agg(g.code ORDER BY g.code) FROM grid g WHERE g.committee_id = c.id AND g.level = 'micro'), '{}') AS micro_codes,
       coalesce((SELECT array_agg(ST_AsBinary(g.boundary) ORDER BY g.code) FROM grid g WHERE g.committee_id = c.id AND g.level = 'micro'), '{}') AS micro_shapes
FROM committee c
WHERE c.id = ANY (:ids)
ORDER BY c.id
