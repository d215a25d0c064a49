-- Committees ranked by one indicator (its SQL in place of the capitalised word) over a month's row m. Each committee's value
-- at :last is read over its latest row up to that month, and at the month before (:first) over its
-- latest row before :last; m.at is the month read, so an indicator of what happened (duties,
-- incidents) counts that month, not the month the row was analysed. Committees never analysed come
-- last. Where each row opens on the map: a point inside the committee and its width and height in degrees.
WITH read_m AS (
    (SELECT DISTINCT ON (committee_id) *, :last::date AS at
       FROM analysis_month WHERE month <= :last ORDER BY committee_id, month DESC)
    UNION ALL
    (SELECT DISTINCT ON (committee_id) *, :first::date AS at
       FROM analysis_month WHERE month < :last ORDER BY committee_id, month DESC)
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
