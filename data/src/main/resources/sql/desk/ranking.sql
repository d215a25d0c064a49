-- Committees ranked by one indicator (its SQL in place of the capitalised word) over a month's row m. Each committee's value
-- at :last is read over its latest row up to that month, and at the month before (:first) over its
-- latest row before :last; m.at is the month read, so an indicator of what happened (duties,
-- incidents) counts that month, not the month the row was analysed. Committees never analysed come
-- last. Where each row opens on the map: a point inside the committee and its width and height in degrees.
WITH read_m AS (
    -- Each committee's latest row by the (committee_id, month) key: 6,000 index probes, not a
    -- sort of the whole history.
    SELECT a.*, :last::date AS at
      FROM committee c
     CROSS JOIN LATERAL (SELECT * FROM analysis_month WHERE committee_id = c.id AND month <= :last
                          ORDER BY month DESC LIMIT 1) a
    UNION ALL
    SELECT a.*, :first::date AS at
      FROM committee c
     CROSS JOIN LATERAL (SELECT * FROM analysis_month WHERE committee_id = c.id AND month < :last
                          ORDER BY month DESC LIMIT 1) a
) FACTS
, v AS (
    SELECT m.committee_id, m.at, (VALUE)::double precision AS value
      FROM read_m m
      LEFT JOIN mb ON mb.committee_id = m.committee_id
      LEFT JOIN du ON du.committee_id = m.committee_id AND du.at = m.at
      LEFT JOIN inc ON inc.committee_id = m.committee_id AND inc.at = m.at
)
SELECT c.code, c.name, n.value, b.value AS previous,
       ST_Y(p.inside) AS lat, ST_X(p.inside) AS lng,
       ST_XMax(c.boundary) - ST_XMin(c.boundary) AS width, ST_YMax(c.boundary) - ST_YMin(c.boundary) AS height
  FROM committee c
  LEFT JOIN v n ON n.committee_id = c.id AND n.at = :last
  LEFT JOIN v b ON b.committee_id = c.id AND b.at = :first
 CROSS JOIN LATERAL (SELECT ST_PointOnSurface(c.boundary) AS inside) p
 ORDER BY n.value ORDER NULLS LAST, c.code
