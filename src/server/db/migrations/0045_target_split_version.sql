-- Issue 15 review: a target's split has a version of its own that only grows. It was the highest version among
-- the shares, so removing the split (no shares left) brought it back to 0 and an old page's "version 0" write
-- passed again. Splits written before keep their shares' highest version.
ALTER TABLE task_targets ADD COLUMN split_version integer NOT NULL DEFAULT 0;
UPDATE task_targets t SET split_version = s.v
FROM (SELECT target_id, max(version) AS v FROM target_shares GROUP BY target_id) s
WHERE s.target_id = t.id;
