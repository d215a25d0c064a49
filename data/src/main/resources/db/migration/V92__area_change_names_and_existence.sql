-- Imports add, remove and rename grids and committees, so area_change keeps those too and an
-- import's publishing reverts like a planner's drawing. before_version 0: the feature was added;
-- after_version 0: it was removed. A grid's or committee's row keeps its name before and after;
-- a removed grid's leader and illustrative flag are kept so that a revert restores it as it was.
ALTER TABLE area_change
    ADD COLUMN before_name  text,
    ADD COLUMN after_name   text,
    ADD COLUMN leader_id    bigint REFERENCES person ON DELETE SET NULL,
    ADD COLUMN illustrative boolean;
CREATE INDEX area_change_plan_idx ON area_change (plan_id) WHERE plan_id IS NOT NULL;

-- A plan made from a file (a layer's import or rosters) is published as an import: by
-- administrators, who own the ones they make, and planners in their committees
-- (Role.mayPublishImport).
ALTER TABLE plan ADD COLUMN imported boolean NOT NULL DEFAULT false;
UPDATE plan SET imported = true WHERE id IN (SELECT plan_id FROM plan_import);
