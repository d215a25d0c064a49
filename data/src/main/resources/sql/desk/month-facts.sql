-- What the desk's indicators read besides analysis_month, per committee and month from :first to
-- :last (dates, first days of the town's months), each counted once for every row that needs it
-- (a subquery per committee and month cost the city's dashboard 20 s):
-- mb: a committee's post members (posts in service), du: how many of them kept :leastDuties in the
-- month (records counted as Compliance does: not flagged, or confirmed), inc: incidents reported.
, mb AS (
    SELECT p.committee_id, count(DISTINCT pm.person_id) AS members
      FROM duty_post_member pm JOIN duty_post p ON p.id = pm.post_id AND p.retired_at IS NULL
     GROUP BY p.committee_id
), du AS (
    SELECT p.committee_id, d.at, count(DISTINCT d.person_id) AS kept
      FROM (SELECT x.person_id,
                   date_trunc('month', x.starts_at AT TIME ZONE 'Asia/Shanghai')::date AS at
              FROM duty_record x
             WHERE x.review IN ('none', 'confirmed')
               AND x.starts_at >= (:first::date::timestamp AT TIME ZONE 'Asia/Shanghai')
               AND x.starts_at < ((:last::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
             GROUP BY 1, 2
            HAVING count(*) >= :leastDuties) d
      JOIN duty_post_member pm ON pm.person_id = d.person_id
      JOIN duty_post p ON p.id = pm.post_id AND p.retired_at IS NULL
     GROUP BY 1, 2
), inc AS (
    SELECT committee_id,
           date_trunc('month', reported_at AT TIME ZONE 'Asia/Shanghai')::date AS at, count(*) AS n
      FROM incident
     WHERE state <> 'void'
       AND reported_at >= (:first::date::timestamp AT TIME ZONE 'Asia/Shanghai')
       AND reported_at < ((:last::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai')
     GROUP BY 1, 2
)
