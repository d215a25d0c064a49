-- The town's value of every indicator (their aggregates over rows m, in place of the capitalised word) per month from :first to
-- :last: each committee counts with its latest row up to the month (a month without a row changed
-- nothing). Months before any row are left out.
WITH months AS (
    SELECT generate_series(:first::date, :last::date, interval '1 month')::date AS at
), kept AS (
    SELECT m.*, lead(m.month) OVER (PARTITION BY m.committee_id ORDER BY m.month) AS until
      FROM analysis_month m
     WHERE m.month <= :last
)
SELECT months.at, bool_or(m.illustrative) AS illustrative, TOWN
  FROM months
  JOIN kept m ON m.month <= months.at AND (m.until IS NULL OR m.until > months.at)
 GROUP BY months.at
 ORDER BY months.at
