-- Issue 17, part 3: assessment results published for a window (公示), appeals (申诉) against them, and public
-- versions of bulletins. A publication fixes the window's last day (working days from the tenant calendar);
-- during it a unit appeals a component, a deduction or a veto of its own result. The office rules on each; an
-- upheld or partly upheld ruling is a recorded fact the assessment applies (never a deletion), and the year is
-- finalized again as a new version citing the ruling. Nothing is public unless the office chooses it.
CREATE TABLE assessment_publications (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  -- The finalized version first published; later versions (after rulings) are published in its place.
  result_version integer NOT NULL CHECK (result_version >= 1),
  published_on date NOT NULL,
  -- The last day on which a unit may appeal (inclusive).
  window_ends_on date NOT NULL CHECK (window_ends_on >= published_on),
  is_public boolean NOT NULL DEFAULT false,
  published_by uuid NOT NULL REFERENCES users(id),
  published_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  UNIQUE (tenant_id, year)
);
SELECT luoshi_enable_tenant_rls('assessment_publications');
GRANT SELECT, INSERT, UPDATE ON assessment_publications TO luoshi_app;

CREATE TABLE assessment_appeals (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  unit_id uuid NOT NULL REFERENCES units(id),
  -- The finalized version the unit appealed against.
  result_version integer NOT NULL CHECK (result_version >= 1),
  target_kind text NOT NULL CHECK (target_kind IN ('component', 'deduction', 'veto')),
  -- A component key; a deduction's evidence as "kind:fact id"; a veto's event id.
  target_key text NOT NULL CHECK (length(target_key) BETWEEN 1 AND 200),
  target_label text NOT NULL CHECK (length(target_label) <= 600),
  -- The points at stake when filed: a component's raw score, a deduction's points (none for a veto).
  points numeric(7, 2),
  reasons text NOT NULL CHECK (length(reasons) BETWEEN 1 AND 4000),
  status text NOT NULL CHECK (status IN ('pending', 'upheld', 'partly_upheld', 'rejected')),
  filed_by uuid NOT NULL REFERENCES users(id),
  filed_at timestamptz NOT NULL,
  ruling_reasons text CHECK (length(ruling_reasons) <= 4000),
  -- A component's raw score as the ruling sets it; the deduction points a partial ruling removes.
  ruled_raw numeric(7, 2) CHECK (ruled_raw IS NULL OR ruled_raw BETWEEN 0 AND 100),
  ruled_points numeric(7, 2) CHECK (ruled_points IS NULL OR ruled_points > 0),
  -- The finalized version the ruling produced (upheld or partly upheld).
  new_result_version integer,
  ruled_by uuid REFERENCES users(id),
  ruled_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  CHECK ((status = 'pending') = (ruled_at IS NULL))
);
CREATE INDEX assessment_appeals_year ON assessment_appeals (tenant_id, year, unit_id);
-- One pending appeal per item of a unit's result.
CREATE UNIQUE INDEX assessment_appeals_one_open ON assessment_appeals (tenant_id, year, unit_id, target_kind, target_key)
  WHERE status = 'pending';
SELECT luoshi_enable_tenant_rls('assessment_appeals');
GRANT SELECT, INSERT, UPDATE ON assessment_appeals TO luoshi_app;

-- Evidence files of an appeal.
ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_owner_kind_check;
ALTER TABLE attachments ADD CONSTRAINT attachments_owner_kind_check
  CHECK (owner_kind IN ('task', 'report', 'completion', 'share', 'rectification', 'case', 'subtask', 'tolerance', 'appeal'));

-- A published bulletin the office marks public: its public version names units, never persons.
ALTER TABLE bulletins ADD COLUMN is_public boolean NOT NULL DEFAULT false;
ALTER TABLE bulletins ADD COLUMN public_at timestamptz;
GRANT UPDATE (is_public, public_at) ON bulletins TO luoshi_app;

-- 民生实事: a task the office marks as a livelihood project shows on the public livelihood list (public fields
-- only), beside the public key projects of the 民生 type.
ALTER TABLE tasks ADD COLUMN is_livelihood boolean NOT NULL DEFAULT false;
GRANT UPDATE (is_livelihood) ON tasks TO luoshi_app;
