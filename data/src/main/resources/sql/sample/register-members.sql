UPDATE person p SET registered = true, home_unit = u.home_unit, service_project = u.service_project
  FROM unnest(?::bigint[], ?::text[], ?::text[]) AS u (id, home_unit, service_project)
 WHERE p.id = u.id
