-- Issue 16 (follow-through), part 3: bulletins go to every unit, with named praise and criticism.
--
-- A bulletin is generated as a draft the office alone sees; the office adds remarks (表扬 / 批评 of units or
-- tasks) and publishes it, which renders its document again with the remarks, sends it to every unit's
-- inbox and makes it readable by every unit. Bulletins generated before this were issued when generated:
-- they are published. A correction is a new version of the period; the facts the assessment reads (a
-- criticism deducts, a praise adds) come from the remarks of the latest published version of each period.
ALTER TABLE bulletins ADD COLUMN status text NOT NULL DEFAULT 'published' CHECK (status IN ('draft', 'published'));
ALTER TABLE bulletins ADD COLUMN published_at timestamptz;
ALTER TABLE bulletins ADD COLUMN published_by uuid REFERENCES users(id);
UPDATE bulletins SET published_at = created_at;
ALTER TABLE bulletins ALTER COLUMN status SET DEFAULT 'draft';
-- Publishing writes the status and the document with its remarks; nothing else of a bulletin changes.
GRANT UPDATE (status, published_at, published_by, data, document) ON bulletins TO luoshi_app;

CREATE TABLE bulletin_remarks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  bulletin_id uuid NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('praise', 'criticism')),
  -- The unit named; for a task, its lead unit when the remark was made.
  unit_id uuid NOT NULL REFERENCES units(id),
  task_id uuid REFERENCES tasks(id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  -- A remark copied from the previous version of the period when the correction was generated.
  copied_from uuid REFERENCES bulletin_remarks(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX bulletin_remarks_bulletin ON bulletin_remarks (bulletin_id, created_at);
SELECT luoshi_enable_tenant_rls('bulletin_remarks');
-- Removed only while the bulletin is a draft (the use case checks it).
GRANT SELECT, INSERT, DELETE ON bulletin_remarks TO luoshi_app;
