-- Hot spots in one WebMercatorQuad tile: the incidents reported in [:from, :to) counted per square
-- cell of 1/64 of the tile's width, as one MVT layer 'hotspots' (cell centre, count), on the GiST
-- index of the incidents' locations and the reported_at index.
WITH b AS (SELECT ST_TileEnvelope(:z, :x, :y) AS env),
cells AS (
    SELECT ST_SnapToGrid(ST_Transform(i.location, 3857), :cell) AS centre, count(*) AS n
      FROM incident i, b
     WHERE i.location && ST_Transform(b.env, 4326)
       AND i.reported_at >= :from AND i.reported_at < :to
       AND i.state <> 'void'
     GROUP BY 1)
SELECT ST_AsMVT(t, 'hotspots', 4096, 'geom')
  FROM (SELECT ST_AsMVTGeom(c.centre, b.env, 4096, 0, true) AS geom, c.n AS count
          FROM cells c, b) AS t
 WHERE t.geom IS NOT NULL
