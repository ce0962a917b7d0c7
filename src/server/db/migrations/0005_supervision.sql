-- Supervision (督查督办): cases, inspections with their findings turned into rectifications (整改),
-- interviews (约谈) and accountability actions (问责); and the monthly bulletins (通报) as snapshots.

CREATE TABLE supervision_cases (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  title text NOT NULL,
  origin text NOT NULL CHECK (origin IN ('warning', 'instruction', 'inspection', 'complaint')),
  level text NOT NULL CHECK (level IN ('general', 'key', 'listed')),
  requirements text NOT NULL,
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'issued' CHECK (status IN ('issued', 'answered', 'closed', 'escalated')),
  task_ids uuid[] NOT NULL DEFAULT '{}',
  unit_ids uuid[] NOT NULL DEFAULT '{}',
  answer text,
  answered_at timestamptz,
  answered_by uuid REFERENCES users(id),
  closed_at timestamptz,
  created_by uuid NOT NULL REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX supervision_cases_units_idx ON supervision_cases USING gin (unit_ids);
CREATE INDEX supervision_cases_status_idx ON supervision_cases (tenant_id, status, deadline);

CREATE TABLE case_events (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  case_id uuid NOT NULL REFERENCES supervision_cases(id),
  action text NOT NULL,
  comment text,
  level text,
  actor_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL
);
CREATE INDEX case_events_case_idx ON case_events (case_id, at);

CREATE TABLE inspections (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  date date NOT NULL,
  team text NOT NULL,
  places text NOT NULL,
  summary text,
  case_id uuid REFERENCES supervision_cases(id),
  created_by uuid NOT NULL REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE rectifications (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  inspection_id uuid REFERENCES inspections(id),
  case_id uuid REFERENCES supervision_cases(id),
  task_id uuid REFERENCES tasks(id),
  finding text NOT NULL,
  unit_id uuid NOT NULL REFERENCES units(id),
  deadline date NOT NULL,
  measures text,
  evidence text,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'submitted', 'verified')),
  submitted_at timestamptz,
  verified_at timestamptz,
  verified_by uuid REFERENCES users(id),
  review_comment text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX rectifications_unit_idx ON rectifications (tenant_id, unit_id, status);

CREATE TABLE interviews (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  date date NOT NULL,
  unit_id uuid NOT NULL REFERENCES units(id),
  person text NOT NULL,
  reason text NOT NULL,
  case_id uuid REFERENCES supervision_cases(id),
  task_id uuid REFERENCES tasks(id),
  rectification_id uuid REFERENCES rectifications(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE accountability_actions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  type text NOT NULL CHECK (type IN ('circulated_criticism', 'admonishment', 'organisational_handling', 'disciplinary_sanction')),
  date date NOT NULL,
  unit_id uuid NOT NULL REFERENCES units(id),
  person text,
  reason text NOT NULL,
  case_id uuid REFERENCES supervision_cases(id),
  task_id uuid REFERENCES tasks(id),
  rectification_id uuid REFERENCES rectifications(id),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A bulletin is a snapshot: regenerating a period adds a version, never rewrites one.
CREATE TABLE bulletins (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  period text NOT NULL,
  version integer NOT NULL,
  as_of date NOT NULL,
  data jsonb NOT NULL,
  document bytea NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, period, version)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['supervision_cases', 'case_events', 'inspections', 'rectifications', 'interviews', 'accountability_actions', 'bulletins'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO luoshi_app USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON supervision_cases, inspections, rectifications TO luoshi_app;
GRANT SELECT, INSERT ON case_events, interviews, accountability_actions, bulletins TO luoshi_app;
