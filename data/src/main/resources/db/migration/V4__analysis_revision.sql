-- Analysis results are data that items and tiles serve (committees' ratios, gaps, blind spots),
-- so writing them moves data_revision too, as V1 promises for any write: HTTP ETags and cached
-- tiles are keyed on it. (V4, not V3: V3 is left to the analysis work in progress.)
CREATE TRIGGER analysis_committee_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analysis_committee
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
CREATE TRIGGER analysis_feature_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON analysis_feature
    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_revision();
