-- Issue 15: responsibility all the way down. One migration for the four parts so that they share one shape:
--   * sections (科室) are units of kind 'section', children of the unit they belong to (parent_id);
--   * cooperating units' shares (配合单位分报): each co-unit reports its share of a task per period, with its
--     figures; the lead unit consolidates them into the task's report;
--   * per-unit target shares (指标分解到单位): a district indicator split across units; each share is followed,
--     lit and assessed for its unit;
--   * cooperation ratings (配合评价) the lead unit gives each co-unit at year end;
--   * sub-tasks (一级抓一级): a unit splits a task it leads (or cooperates on) for its sections and people;
--   * the responsible person of a task becomes an account (responsible_user_id) beside the old free text.

ALTER TABLE units DROP CONSTRAINT IF EXISTS units_kind_check;
ALTER TABLE units ADD CONSTRAINT units_kind_check
  CHECK (kind IN ('department', 'street', 'town', 'other', 'section'));
ALTER TABLE units ADD CONSTRAINT units_section_has_parent CHECK (kind <> 'section' OR parent_id IS NOT NULL);

ALTER TABLE tasks ADD COLUMN responsible_user_id uuid REFERENCES users(id);

-- A co-unit's share of a task for one period (same period keys as reports).
CREATE TABLE task_shares (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  period text NOT NULL,
  narrative text NOT NULL CHECK (length(narrative) BETWEEN 1 AND 4000),
  problems text CHECK (problems IS NULL OR length(problems) <= 2000),
  -- submitted → consolidated (the lead unit took it into its report) or returned (asked to redo; resubmit).
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'consolidated', 'returned')),
  return_reason text CHECK (return_reason IS NULL OR length(return_reason) <= 2000),
  report_id uuid REFERENCES reports(id),
  submitted_by uuid NOT NULL REFERENCES users(id),
  submitted_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  UNIQUE (tenant_id, task_id, unit_id, period),
  CHECK (status <> 'returned' OR return_reason IS NOT NULL)
);
CREATE INDEX task_shares_unit_idx ON task_shares (tenant_id, unit_id, period);

-- The share's figures, one per target of the task (the co-unit's own contribution to that indicator).
CREATE TABLE task_share_values (
  share_id uuid NOT NULL REFERENCES task_shares(id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  target_id uuid NOT NULL REFERENCES task_targets(id) ON DELETE CASCADE,
  value numeric NOT NULL,
  PRIMARY KEY (share_id, target_id)
);

-- A district indicator's share for one unit. Shares of one target add up to (or, for '>=' targets, cover) the
-- target's value; the district's current value is the sum of the shares' current values.
CREATE TABLE target_shares (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  target_id uuid NOT NULL REFERENCES task_targets(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  position integer NOT NULL DEFAULT 0,
  target_value numeric NOT NULL,
  target_value_max numeric,
  current_value numeric,
  -- Set by the office: approved; proposed by the lead unit: waits for the office.
  status text NOT NULL DEFAULT 'approved' CHECK (status IN ('proposed', 'approved')),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  UNIQUE (tenant_id, target_id, unit_id),
  CHECK (target_value_max IS NULL OR target_value_max >= target_value)
);
CREATE INDEX target_shares_unit_idx ON target_shares (tenant_id, unit_id);

CREATE TABLE cooperation_ratings (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  year integer NOT NULL,
  lead_unit_id uuid NOT NULL REFERENCES units(id),
  co_unit_id uuid NOT NULL REFERENCES units(id),
  rating text NOT NULL CHECK (rating IN ('good', 'fair', 'poor')),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  rated_by uuid NOT NULL REFERENCES users(id),
  rated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (tenant_id, task_id, year, co_unit_id)
);

CREATE TABLE subtasks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  -- The unit that split it (the task's lead unit or a co-unit); the section and/or person it goes to.
  unit_id uuid NOT NULL REFERENCES units(id),
  section_id uuid REFERENCES units(id),
  assignee_id uuid REFERENCES users(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  content text CHECK (content IS NULL OR length(content) <= 4000),
  start_date date,
  due_date date NOT NULL,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  -- A weight for the roll-up suggestion (equal by default).
  weight integer NOT NULL DEFAULT 1 CHECK (weight BETWEEN 1 AND 100),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
  note text CHECK (note IS NULL OR length(note) <= 2000),
  position integer NOT NULL DEFAULT 0,
  completed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users(id),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  CHECK (section_id IS NOT NULL OR assignee_id IS NOT NULL),
  CHECK (start_date IS NULL OR start_date <= due_date)
);
CREATE INDEX subtasks_task_idx ON subtasks (tenant_id, task_id);
CREATE INDEX subtasks_section_idx ON subtasks (tenant_id, section_id) WHERE section_id IS NOT NULL;

-- Evidence may now also hang on a sub-task and on a tolerance request (容错 evidence as files, issue 16).
ALTER TABLE attachments DROP CONSTRAINT IF EXISTS attachments_owner_kind_check;
ALTER TABLE attachments ADD CONSTRAINT attachments_owner_kind_check
  CHECK (owner_kind IN ('task', 'report', 'completion', 'share', 'rectification', 'case', 'subtask', 'tolerance'));

SELECT luoshi_enable_tenant_rls('task_shares');
SELECT luoshi_enable_tenant_rls('task_share_values');
SELECT luoshi_enable_tenant_rls('target_shares');
SELECT luoshi_enable_tenant_rls('cooperation_ratings');
SELECT luoshi_enable_tenant_rls('subtasks');
GRANT SELECT, INSERT, UPDATE, DELETE ON task_shares, task_share_values, target_shares, cooperation_ratings,
  subtasks TO luoshi_app;

-- Shares and target shares may colour lights (a missing share, a lagging unit share): writes renew the tenant's
-- light stamp (migration 0009), as writes to tasks do.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['task_shares', 'target_shares', 'subtasks'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched()', t || '_lights_touched', t);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump()', t || '_light_stamp', t);
  END LOOP;
END $$;
