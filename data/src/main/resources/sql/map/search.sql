-- What matches :q, best first, from the :collections the reader may read: committees, grids,
-- posts and residential compounds whose name contains :q or whose code starts with it (a post
-- also by its short code, P01). For a signed-in reader (:signed_in) also people by name, featured
-- party groups, liaisons and partner units, each opening its committee's card; a person's phone
-- is whole for a reader allowed it (:town, or the person's committee in :committees), masked
-- otherwise, as on cards.
SELECT json_build_object('kind', kind, 'collection', collection, 'code', code, 'name', name,
                         'committee', committee, 'phone', phone,
                         'bbox', json_build_array(ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g)))::text
FROM (
    SELECT 'committee' AS kind, 'committees' AS collection, code, name, boundary AS g,
           NULL::text AS committee, NULL::text AS phone
      FROM committee WHERE code LIKE :prefix OR strpos(name, :q) > 0
    UNION ALL
    SELECT 'grid', CASE g.level WHEN 'micro' THEN 'micro-grids' ELSE 'comprehensive-grids' END,
           g.code, g.name, g.boundary, c.name, NULL
      FROM grid g JOIN committee c ON c.id = g.committee_id
     WHERE g.code LIKE :prefix OR strpos(g.name, :q) > 0
    UNION ALL
    SELECT 'post', 'duty-posts', d.code, d.name, coalesce(d.area, d.location), c.name, NULL
      FROM duty_post d JOIN committee c ON c.id = d.committee_id
     WHERE d.retired_at IS NULL
       AND (d.code LIKE :prefix OR substr(d.code, 13) = upper(:q) OR strpos(d.name, :q) > 0)
    UNION ALL
    SELECT 'compound', 'residential-compounds', r.code, r.name, r.boundary, c.name, NULL
      FROM residential_compound r JOIN committee c ON c.id = r.committee_id
     WHERE r.code LIKE :prefix OR strpos(r.name, :q) > 0
    UNION ALL
    SELECT 'person', 'committees', c.code, p.name, c.boundary, c.name,
           CASE WHEN :town OR c.code = ANY(CAST(:committees AS text[])) THEN p.phone
                ELSE mask_phone(p.phone) END
      FROM person p JOIN committee c ON c.id = p.committee_id
     WHERE :signed_in AND strpos(p.name, :q) > 0
    UNION ALL
    SELECT 'party-group', 'committees', c.code, pg.name, c.boundary, c.name, NULL
      FROM party_group pg JOIN committee c ON c.id = pg.committee_id
     WHERE :signed_in AND strpos(pg.name, :q) > 0
    UNION ALL
    SELECT 'liaison', 'committees', c.code, l.name, c.boundary, c.name, NULL
      FROM liaison l JOIN committee c ON c.id = l.committee_id
     WHERE :signed_in AND strpos(l.name, :q) > 0
    UNION ALL
    SELECT 'partner-unit', 'committees', c.code, u.name, c.boundary, c.name, NULL
      FROM partner_unit u JOIN committee c ON c.id = u.committee_id
     WHERE :signed_in AND strpos(u.name, :q) > 0
) found
WHERE collection IN (:collections)
ORDER BY code = :q DESC, upper(:q) = substr(code, 13) DESC, strpos(name, :q) = 1 DESC, length(name),
         code, kind
LIMIT :limit
