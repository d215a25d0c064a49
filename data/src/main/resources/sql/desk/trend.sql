-- The town's value of every indicator (their aggregates over rows m, in place of the capitalised word) per month from :first to
-- :last: each committee counts with its latest row up to the month (a month without a row changed
-- nothing), read at that month (m.at). Months before any row are left out.
WITH months AS (
    SELECT generate_series(:first::date, :last::date, interval '1 month')::date AS at
), kept AS (
    SELECT a.*, lead(a.month) OVER (PARTITION BY a.committee_id ORDER BY a.month) AS until
      FROM analysis_month a
     WHERE a.month <= :last
) FACTS
SELECT m.at, bool_or(m.illustrative) AS illustrative, TOWN
  FROM (SELECT kept.*, months.at
          FROM months
          JOIN kept ON kept.month <= months.at AND (kept.until IS NULL OR kept.until > months.at)) m
  LEFT JOIN mb ON mb.committee_id = m.committee_id
  LEFT JOIN du ON du.committee_id = m.committee_id AND du.at = m.at
  LEFT JOIN inc ON inc.committee_id = m.committee_id AND inc.at = m.at
 GROUP BY m.at
 ORDER BY m.at
