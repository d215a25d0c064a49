-- A problem found on patrol becomes an incident (issues 15 and 16): the record names the incident it
-- made (one incident a record, kept if the record goes), and the incident says it came from the duty
-- book ('duty'); which record is duty_record.incident_id read backwards.

ALTER TABLE duty_record
    ADD CONSTRAINT duty_record_incident_fk FOREIGN KEY (incident_id) REFERENCES incident ON DELETE SET NULL,
    ADD CONSTRAINT duty_record_incident_once UNIQUE (incident_id);

ALTER TABLE incident DROP CONSTRAINT incident_source_check;
ALTER TABLE incident ADD CONSTRAINT incident_source_check
    CHECK (source IN ('app', 'open311', 'sample', 'duty'));
