-- Reports per committee, weekday and hour of the town's clock in [:from, :to), void ones left out:
-- the committee's index, then the reported_at index.
SELECT c.code AS committee,
       extract(isodow FROM i.reported_at AT TIME ZONE :zone)::int AS weekday,
       extract(hour FROM i.reported_at AT TIME ZONE :zone)::int AS hour,
       count(*)::int AS reports
  FROM incident i JOIN committee c ON c.id = i.committee_id
 WHERE c.code = ANY (:committees)
   AND i.reported_at >= :from AND i.reported_at < :to
   AND i.state <> 'void'
 GROUP BY 1, 2, 3
