-- Issue 19: an extracted draft says where its due date came from (its own words, its section, or the end of
-- the year the speech plans) and whether a heading on its section path is a guess, so that the office checks
-- those instead of trusting them. Null source for tasks not extracted or whose date the office set.
ALTER TABLE tasks ADD COLUMN due_date_source text CHECK (due_date_source IN ('stated', 'section', 'plan-year'));
ALTER TABLE tasks ADD COLUMN heading_uncertain boolean NOT NULL DEFAULT false;
