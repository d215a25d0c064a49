-- The town's value of every indicator (their aggregates over rows m, in place of the capitalised word) per month from :first to
-- :last: each committee counts with its latest row up to the month (a month without a row changed
-- nothing), read at that month (m.at). Months before any row are left out. Each row is repeated
-- for the months it holds (generate_series), not joined to every month (24 × the rows).
WITH kept AS (
    SELECT a.*, lead(a.month) OVER (PARTITION BY a.committee_id ORDER BY a.month) AS until
      FROM analysis_month a
     WHERE a.month <= :last
), m AS (
    SELECT kept.*, held.at::date AS at
      FROM kept
     CROSS JOIN LATERAL generate_series(greatest(kept.month, :first::date),
                                        coalesce(kept.until - interval '1 month', :last::date),
                                        interval '1 month') AS held(at)
) FACTS
SELECT m.at, bool_or(m.illustrative) AS illustrative, TOWN
  FROM m
  LEFT JOIN mb ON mb.committee_id = m.committee_id
  LEFT JOIN du ON du.committee_id = m.committee_id AND du.at = m.at
  LEFT JOIN inc ON inc.committee_id = m.committee_id AND inc.at = m.at
 GROUP BY m.at
 ORDER BY m.at
