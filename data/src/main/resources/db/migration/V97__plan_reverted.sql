-- A published plan reverted as a whole (PlanReverts) is marked so, and cannot be reverted again;
-- closed_by and closed_at stay its publisher's (the audit log names who reverted it).
ALTER TABLE plan DROP CONSTRAINT plan_state_check;
ALTER TABLE plan ADD CONSTRAINT plan_state_check
    CHECK (state IN ('draft', 'published', 'discarded', 'reverted'));

-- The import that made the town (a committee import into an empty OneGrid): reverting it takes
-- the town out again, so the map is as it was before, no town.
ALTER TABLE plan_import ADD COLUMN made_town boolean NOT NULL DEFAULT false;
