-- Closure per group (the caller puts the grouping's key, name and join in place of the markers,
-- from a fixed list): reported (void ones left out), closed, closed within the type's limit, open
-- and overdue now, and the mean hours from report to closure.
SELECT coalesce(json_agg(json_build_object(
           'key', key, 'name', name, 'reported', reported, 'closed', closed, 'closedOnTime', on_time,
           'overdue', overdue,
           'closureRate', round(closed::numeric / nullif(reported, 0), 4),
           'onTimeClosureRate', round(on_time::numeric / nullif(reported, 0), 4),
           'meanHandlingHours', round(hours::numeric, 2))
           ORDER BY key), '[]')::text
  FROM (SELECT /*KEY*/ AS key, /*NAME*/ AS name,
               count(*) AS reported,
               count(*) FILTER (WHERE i.state = 'closed') AS closed,
               count(*) FILTER (WHERE i.state = 'closed' AND i.closed_at <= i.due_at) AS on_time,
               count(*) FILTER (WHERE i.state <> 'closed' AND now() > i.due_at) AS overdue,
               avg(extract(epoch FROM i.closed_at - i.reported_at) / 3600) FILTER (WHERE i.state = 'closed') AS hours
          FROM incident i /*JOIN*/
         WHERE i.state <> 'void'
           AND (CAST(:committee AS text) IS NULL OR i.committee_id = (SELECT id FROM committee WHERE code = :committee))
         GROUP BY 1, 2) AS r
