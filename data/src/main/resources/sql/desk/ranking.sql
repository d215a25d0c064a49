-- Committees ranked by one indicator (its SQL in place of the capitalised word) over a month's row m. Each committee's value
-- at :month is read over its latest row up to that month, and at the month before over its latest
-- row before :month; m.at is the month read, so an indicator of what happened (duties, incidents)
-- counts that month, not the month the row was analysed. Committees never analysed come last.
-- Where each row opens on the map: a point inside the committee and its width and height in degrees.
WITH now_m AS (
    SELECT DISTINCT ON (committee_id) *, :month::date AS at
      FROM analysis_month WHERE month <= :month ORDER BY committee_id, month DESC
), before_m AS (
    SELECT DISTINCT ON (committee_id) *, (:month::date - interval '1 month')::date AS at
      FROM analysis_month WHERE month < :month ORDER BY committee_id, month DESC
), now_v AS (
    SELECT m.committee_id, (VALUE)::double precision AS value FROM now_m m
), before_v AS (
    SELECT m.committee_id, (VALUE)::double precision AS value FROM before_m m
)
SELECT c.code, c.name, n.value, b.value AS previous,
       ST_Y(p.inside) AS lat, ST_X(p.inside) AS lng,
       ST_XMax(c.boundary) - ST_XMin(c.boundary) AS width, ST_YMax(c.boundary) - ST_YMin(c.boundary) AS height
  FROM committee c
  LEFT JOIN now_v n ON n.committee_id = c.id
  LEFT JOIN before_v b ON b.committee_id = c.id
 CROSS JOIN LATERAL (SELECT ST_PointOnSurface(c.boundary) AS inside) p
 ORDER BY n.value ORDER NULLS LAST, c.code
