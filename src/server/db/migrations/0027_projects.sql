-- Issue 13: key projects (重点项目). The project bank (projects), who answers for each project (contracting
-- leaders, the street office, the command post, the guiding departments), the plenary tasks it serves, its
-- expected outputs, its annual investment plan by month, its nodes (前期手续 and construction milestones, with
-- a baseline and finish-to-start dependencies), the units' monthly reports (completed investment in 万元,
-- image progress, node dates reached) and their photos (kept in stored_files, so backup/restore and row-level
-- security cover them). Money is numeric(14,2) in 万元: never a float.

CREATE TABLE projects (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  code text NOT NULL,
  name text NOT NULL,
  -- The label of one of the tenant's `projects.types` (a tenant-editable list, checked by the API).
  type text NOT NULL,
  source text NOT NULL CHECK (source IN ('investment_signed', 'government', 'social', 'carry_over')),
  stage text NOT NULL DEFAULT 'planning'
    CHECK (stage IN ('planning', 'signed', 'preparation', 'construction', 'completed', 'operating', 'suspended', 'terminated')),
  stage_reason text,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  address text,
  owner_enterprise text,
  contact_name text,
  contact_phone text,
  -- A user who may report for the project besides the street office's users (the project's contact).
  contact_user_id uuid REFERENCES users(id),
  total_investment numeric(14,2) NOT NULL DEFAULT 0 CHECK (total_investment >= 0),
  annual_plan numeric(14,2) NOT NULL DEFAULT 0 CHECK (annual_plan >= 0),
  carry_over numeric(14,2) NOT NULL DEFAULT 0 CHECK (carry_over >= 0),
  planned_start date,
  planned_end date,
  is_public boolean NOT NULL DEFAULT false,
  baselined_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start),
  CHECK (stage NOT IN ('suspended', 'terminated') OR stage_reason IS NOT NULL)
);
CREATE UNIQUE INDEX projects_code_idx ON projects (tenant_id, code);
CREATE INDEX projects_tenant_year_idx ON projects (tenant_id, year, type);

-- 区级领导分包: one or several contracting leaders.
CREATE TABLE project_leaders (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES users(id),
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, user_id)
);
CREATE INDEX project_leaders_user_idx ON project_leaders (tenant_id, user_id);

-- 主体推进（办事处）, 指挥部, 业务指导: a unit sees the projects it holds a role in.
CREATE TABLE project_units (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  role text NOT NULL CHECK (role IN ('street', 'command_post', 'guide')),
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, unit_id, role)
);
CREATE INDEX project_units_unit_idx ON project_units (tenant_id, unit_id);

-- The plenary tasks a project serves: a link, not a copy.
CREATE TABLE project_tasks (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  PRIMARY KEY (project_id, task_id)
);

-- Expected outputs (税收, 就业 …), read like a task's targets.
CREATE TABLE project_targets (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  indicator text NOT NULL,
  unit text NOT NULL DEFAULT '',
  target_value numeric
);
CREATE INDEX project_targets_project_idx ON project_targets (project_id, position);

-- The annual investment plan split by month (万元).
CREATE TABLE project_plan_months (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  year integer NOT NULL,
  month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  amount numeric(14,2) NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (project_id, year, month)
);

CREATE TABLE project_nodes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('procedure', 'construction')),
  unit_id uuid REFERENCES units(id),
  planned_start date NOT NULL,
  planned_end date NOT NULL,
  baseline_start date,
  baseline_end date,
  actual_start date,
  actual_end date,
  sort integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  CHECK (planned_end >= planned_start),
  CHECK (baseline_end IS NULL OR baseline_start IS NULL OR baseline_end >= baseline_start),
  CHECK (actual_end IS NULL OR actual_start IS NULL OR actual_end >= actual_start)
);
CREATE INDEX project_nodes_project_idx ON project_nodes (tenant_id, project_id, sort);

-- Finish-to-start dependencies between nodes of one project (cycles are refused by src/domain/projects.ts).
CREATE TABLE project_node_deps (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  node_id uuid NOT NULL REFERENCES project_nodes(id) ON DELETE CASCADE,
  depends_on_id uuid NOT NULL REFERENCES project_nodes(id) ON DELETE CASCADE,
  PRIMARY KEY (node_id, depends_on_id),
  CHECK (node_id <> depends_on_id)
);

-- One report per project and month (a returned report is corrected in place, keeping its id).
CREATE TABLE project_reports (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  year integer NOT NULL,
  month integer NOT NULL CHECK (month BETWEEN 1 AND 12),
  amount numeric(14,2) NOT NULL CHECK (amount >= 0),
  image_progress text NOT NULL DEFAULT '',
  -- [{nodeId, actualStart, actualEnd}] as reported; applied to project_nodes when the report is approved.
  node_updates jsonb NOT NULL DEFAULT '[]',
  status text NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'returned')),
  review_comment text,
  submitted_by uuid NOT NULL REFERENCES users(id),
  submitted_at timestamptz NOT NULL,
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE UNIQUE INDEX project_reports_month_idx ON project_reports (project_id, year, month);
CREATE INDEX project_reports_tenant_idx ON project_reports (tenant_id, year, month);

-- Photos: uploaded to a project first (report_id null), attached to a report when it is submitted.
CREATE TABLE project_report_photos (
  file_id uuid PRIMARY KEY REFERENCES stored_files(id),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  report_id uuid REFERENCES project_reports(id) ON DELETE SET NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);
CREATE INDEX project_report_photos_report_idx ON project_report_photos (report_id, position);
CREATE INDEX project_report_photos_project_idx ON project_report_photos (project_id);

SELECT luoshi_enable_tenant_rls('projects');
SELECT luoshi_enable_tenant_rls('project_leaders');
SELECT luoshi_enable_tenant_rls('project_units');
SELECT luoshi_enable_tenant_rls('project_tasks');
SELECT luoshi_enable_tenant_rls('project_targets');
SELECT luoshi_enable_tenant_rls('project_plan_months');
SELECT luoshi_enable_tenant_rls('project_nodes');
SELECT luoshi_enable_tenant_rls('project_node_deps');
SELECT luoshi_enable_tenant_rls('project_reports');
SELECT luoshi_enable_tenant_rls('project_report_photos');

GRANT SELECT, INSERT, UPDATE, DELETE ON projects, project_leaders, project_units, project_tasks, project_targets,
  project_plan_months, project_nodes, project_node_deps, project_reports, project_report_photos TO luoshi_app;

-- A project's light depends on its plan, nodes and reports: writes to them renew the tenant's light stamp
-- (migration 0009), as writes to tasks do.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['projects', 'project_plan_months', 'project_nodes', 'project_reports'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched()', t || '_lights_touched', t);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump()', t || '_light_stamp', t);
  END LOOP;
END $$;
