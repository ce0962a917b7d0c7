-- Decisions (决策部署) and the task ledger (任务台账): tasks with targets (量化指标) and milestones (时间节点),
-- and stored files (the uploaded report, later evidence).

CREATE TABLE stored_files (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  file_name text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);

CREATE TABLE decisions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  title text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('plenary', 'standing_committee', 'executive_meeting', 'document', 'leader_instruction', 'other')),
  date date NOT NULL,
  source text NOT NULL CHECK (source IN ('city_assigned', 'city_department', 'district_direct', 'district_department', 'self_set', 'added')),
  text text,
  file_id uuid REFERENCES stored_files(id),
  outline jsonb,
  extracted_at timestamptz,
  published_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX decisions_tenant_date_idx ON decisions (tenant_id, date DESC);

-- Task codes (2024-QW-001) come from one counter per tenant, year and decision kind.
CREATE TABLE task_code_counters (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  prefix text NOT NULL,
  last integer NOT NULL,
  PRIMARY KEY (tenant_id, year, prefix)
);

CREATE TABLE tasks (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  decision_id uuid NOT NULL REFERENCES decisions(id),
  parent_id uuid REFERENCES tasks(id),
  code text,
  title text NOT NULL,
  content text,
  category text,
  source text NOT NULL CHECK (source IN ('city_assigned', 'city_department', 'district_direct', 'district_department', 'self_set', 'added')),
  section_path text[] NOT NULL DEFAULT '{}',
  lead_unit_id uuid REFERENCES units(id),
  co_unit_ids uuid[] NOT NULL DEFAULT '{}',
  lead_leader_id uuid REFERENCES users(id),
  responsible_person text,
  start_date date,
  due_date date,
  original_due_date date,
  status text NOT NULL DEFAULT 'draft'
    CHECK (status IN ('draft', 'published', 'in_progress', 'completion_requested', 'completed', 'suspended', 'cancelled')),
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  is_key boolean NOT NULL DEFAULT false,
  position integer NOT NULL DEFAULT 0,
  extracted boolean NOT NULL DEFAULT false,
  edited boolean NOT NULL DEFAULT false,
  source_offset integer,
  source_length integer,
  published_at timestamptz,
  accepted_at timestamptz,
  completed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE UNIQUE INDEX tasks_code_idx ON tasks (tenant_id, code) WHERE code IS NOT NULL;
CREATE INDEX tasks_decision_idx ON tasks (tenant_id, decision_id, position);
CREATE INDEX tasks_lead_unit_idx ON tasks (tenant_id, lead_unit_id, status);
CREATE INDEX tasks_co_units_idx ON tasks USING gin (co_unit_ids);
CREATE INDEX tasks_status_due_idx ON tasks (tenant_id, status, due_date);

CREATE TABLE task_targets (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  indicator text NOT NULL,
  unit text NOT NULL DEFAULT '',
  comparator text NOT NULL DEFAULT '>=' CHECK (comparator IN ('>=', '<=', '=', 'range')),
  target_value numeric,
  target_value_max numeric,
  placeholder boolean NOT NULL DEFAULT false,
  baseline numeric,
  current_value numeric,
  deadline date,
  deadline_text text,
  raw text
);
CREATE INDEX task_targets_task_idx ON task_targets (task_id, position);

CREATE TABLE task_milestones (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  title text NOT NULL,
  due_date date NOT NULL,
  weight numeric,
  completed_at timestamptz,
  completed_by uuid,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX task_milestones_task_idx ON task_milestones (task_id, position);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['stored_files', 'decisions', 'task_code_counters', 'tasks', 'task_targets', 'task_milestones'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO luoshi_app USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

GRANT SELECT, INSERT ON stored_files TO luoshi_app;
GRANT SELECT, INSERT, UPDATE ON decisions, task_code_counters TO luoshi_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON tasks, task_targets, task_milestones TO luoshi_app;
