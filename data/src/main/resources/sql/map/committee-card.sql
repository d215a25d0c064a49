-- The card of one committee (:code) as JSON: who is responsible there, and what is in it.
SELECT json_build_object(
    'kind', 'committee',
    'code', c.code,
    'name', c.name,
    'committeeKind', c.kind,
    'illustrative', c.illustrative,
    'bbox', json_build_array(ST_XMin(c.boundary), ST_YMin(c.boundary), ST_XMax(c.boundary), ST_YMax(c.boundary)),
    'grids', (SELECT coalesce(json_agg(json_build_object(
                         'code', g.code, 'name', g.name, 'leader', p.name,
                         'microGrids', (SELECT count(*) FROM grid m WHERE m.parent_id = g.id))
                     ORDER BY g.code), '[]')
                FROM grid g LEFT JOIN person p ON p.id = g.leader_id
               WHERE g.committee_id = c.id AND g.level = 'comprehensive'),
    'posts', (SELECT coalesce(json_agg(json_build_object(
                         'code', d.code, 'name', d.name, 'leader', p.name, 'dutyTypes', d.duty_types)
                     ORDER BY d.code), '[]')
                FROM duty_post d LEFT JOIN person p ON p.id = d.leader_id
               WHERE d.committee_id = c.id AND d.retired_at IS NULL),
    -- A liaison (a leader or department, by name) with every community it serves.
    'liaisons', (SELECT coalesce(json_agg(json_build_object(
                         'id', l.id, 'version', l.version,
                         'name', l.name, 'liaisonKind', l.kind, 'serviceWeekday', l.service_weekday,
                         'communities', (SELECT json_agg(json_build_object('code', o.code, 'name', o.name)
                                                         ORDER BY o.code)
                                           FROM liaison ol JOIN committee o ON o.id = ol.committee_id
                                          WHERE ol.name = l.name AND ol.kind = l.kind))
                     ORDER BY l.id), '[]')
                   FROM liaison l WHERE l.committee_id = c.id),
    'partnerUnits', (SELECT coalesce(json_agg(json_build_object(
                             'id', u.id, 'version', u.version,
                             'name', u.name, 'unitKind', u.kind, 'annualSupportYuan', u.annual_support_yuan)
                         ORDER BY u.id), '[]')
                       FROM partner_unit u WHERE u.committee_id = c.id),
    'partyGroups', (SELECT coalesce(json_agg(json_build_object(
                            'id', pg.id, 'version', pg.version, 'name', pg.name,
                            'speciality', pg.speciality,
                            'members', (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name)
                                                                 ORDER BY p.name, p.id), '[]')
                                          FROM party_group_member m JOIN person p ON p.id = m.person_id
                                         WHERE m.group_id = pg.id))
                        ORDER BY pg.id), '[]')
                      FROM party_group pg WHERE pg.committee_id = c.id),
    'compounds', (SELECT coalesce(json_agg(json_build_object(
                          'code', r.code, 'name', r.name, 'propertyCompany', r.property_company)
                      ORDER BY r.code), '[]')
                    FROM residential_compound r WHERE r.committee_id = c.id),
    'volunteerTeams', (SELECT coalesce(json_agg(json_build_object(
                               'name', v.name, 'interest', v.interest, 'members', v.member_count)
                           ORDER BY v.id), '[]')
                         FROM volunteer_team v WHERE v.committee_id = c.id),
    -- This month's patrolled area (issue 15, V87): the share of the committee duties reached.
    'patrolled', (SELECT json_build_object(
                         'month', to_char(m.month, 'YYYY-MM'),
                         'ratio', coalesce(round((pa.area_m2 / nullif(ST_Area(c.boundary::geography), 0))::numeric, 4), 0),
                         'records', coalesce(pa.records, 0))
                    FROM (SELECT duty_month(now()) AS month) m
                    LEFT JOIN patrolled_area pa ON pa.committee_id = c.id AND pa.month = m.month),
    -- The latest analysis, null before the first; stale while an edit awaits recomputation.
    'analysis', (SELECT json_build_object(
                        'coverageRatio', round(a.coverage_ratio::numeric, 4),
                        'catchmentRatio', round(a.catchment_ratio::numeric, 4),
                        'gapM2', round(greatest(a.area_m2 - a.covered_m2, 0)::numeric),
                        'overlapM2', round(a.overlap_m2::numeric),
                        'blindSpotRadiusM', round(a.blind_spot_radius_m::numeric),
                        'slotsWithoutCover', (SELECT count(*) FROM unnest(a.slot_ratios) r WHERE r = 0),
                        'slots', cardinality(a.slot_ratios),
                        -- the least covered slots; among equals (uncovered ones, say) the night
                        -- window's (:nightFrom to :nightTo h) first, then week order
                        'worstSlots', (SELECT coalesce(json_agg(json_build_object(
                                                 'weekday', (i - 1) / 12 + 1, 'startHour', ((i - 1) % 12) * 2,
                                                 'ratio', round(r::numeric, 4)) ORDER BY n), '[]')
                                         FROM (SELECT r, i, row_number() OVER (ORDER BY r,
                                                      ((i - 1) % 12) * 2 NOT BETWEEN :nightFrom AND :nightTo - 2, i) AS n
                                                 FROM unnest(a.slot_ratios) WITH ORDINALITY AS u(r, i)) w
                                        WHERE n <= 3),
                        'computedAt', a.computed_at,
                        'stale', EXISTS (SELECT 1 FROM analysis_stale s WHERE s.committee_id = c.id))
                   FROM analysis_committee a WHERE a.committee_id = c.id)
)::text
FROM committee c
WHERE c.code = :code
