-- A committee's posts in service, for the desk's table: duties by name in the post's order, the
-- leader, how many members and weekly slots, and the area in square metres (on the spheroid).
SELECT p.code, p.name,
       (SELECT string_agg(coalesce(t.name, d.id), '；' ORDER BY d.n)
          FROM unnest(p.duty_types) WITH ORDINALITY AS d(id, n)
          LEFT JOIN duty_type t ON t.id = d.id) AS duties,
       l.name AS leader,
       (SELECT count(*) FROM duty_post_member m WHERE m.post_id = p.id) AS members,
       (SELECT count(*) FROM duty_slot s WHERE s.post_id = p.id) AS slots,
       round(ST_Area(p.area::geography)) AS area_m2
  FROM duty_post p
  JOIN committee c ON c.id = p.committee_id
  LEFT JOIN person l ON l.id = p.leader_id
 WHERE c.code = :code AND p.retired_at IS NULL
 ORDER BY p.code
