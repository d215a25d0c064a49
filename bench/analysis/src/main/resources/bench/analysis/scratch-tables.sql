-- Where the SQL side stores its results: copies of analysis_committee and analysis_feature (columns,
-- defaults, CHECKs, identity, indexes, and the foreign keys LIKE leaves out), so both sides do the
-- same store work.
CREATE TABLE bench_sql_committee (LIKE analysis_committee INCLUDING ALL);
ALTER TABLE bench_sql_committee ADD FOREIGN KEY (committee_id) REFERENCES committee ON DELETE CASCADE;
CREATE TABLE bench_sql_feature (LIKE analysis_feature INCLUDING ALL);
ALTER TABLE bench_sql_feature ADD FOREIGN KEY (committee_id) REFERENCES committee ON DELETE CASCADE;
ALTER TABLE bench_sql_feature ADD FOREIGN KEY (town_id) REFERENCES town ON DELETE CASCADE;
