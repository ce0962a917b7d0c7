-- Execution (推进): progress reports (进展填报) with their review history, extension and completion requests,
-- leaders' instructions (领导批示) and replies, and the in-app inbox.

ALTER TABLE tasks ADD COLUMN suspended_from text;
ALTER TABLE tasks ADD COLUMN status_reason text;

CREATE TABLE reports (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id),
  unit_id uuid NOT NULL REFERENCES units(id),
  period text NOT NULL,
  progress integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
  narrative text NOT NULL,
  problems text,
  next_steps text,
  status text NOT NULL CHECK (status IN ('submitted', 'signed', 'approved', 'returned')),
  submitted_by uuid NOT NULL REFERENCES users(id),
  submitted_at timestamptz NOT NULL,
  signed_by uuid REFERENCES users(id),
  signed_at timestamptz,
  reviewed_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  review_comment text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
-- One report per task and period: a returned one is corrected and submitted again in place.
CREATE UNIQUE INDEX reports_task_period_idx ON reports (task_id, period);
CREATE INDEX reports_tenant_status_idx ON reports (tenant_id, status, period);

CREATE TABLE report_indicator_values (
  report_id uuid NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  target_id uuid NOT NULL REFERENCES task_targets(id) ON DELETE CASCADE,
  value numeric NOT NULL,
  PRIMARY KEY (report_id, target_id)
);

CREATE TABLE report_events (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  report_id uuid NOT NULL REFERENCES reports(id),
  action text NOT NULL CHECK (action IN ('submit', 'resubmit', 'sign', 'approve', 'return')),
  comment text,
  progress integer,
  actor_id uuid NOT NULL REFERENCES users(id),
  at timestamptz NOT NULL
);
CREATE INDEX report_events_report_idx ON report_events (report_id, at);

CREATE TABLE task_requests (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id),
  kind text NOT NULL CHECK (kind IN ('extension', 'completion')),
  status text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  reason text NOT NULL,
  new_due_date date,
  old_due_date date,
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_comment text,
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX task_requests_task_idx ON task_requests (task_id, requested_at);
CREATE UNIQUE INDEX task_requests_one_pending_idx ON task_requests (task_id, kind) WHERE status = 'pending';

CREATE TABLE instructions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id),
  leader_id uuid NOT NULL REFERENCES users(id),
  text text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX instructions_task_idx ON instructions (task_id, created_at);

CREATE TABLE instruction_replies (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  instruction_id uuid NOT NULL REFERENCES instructions(id),
  author_id uuid NOT NULL REFERENCES users(id),
  text text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX instruction_replies_idx ON instruction_replies (instruction_id, created_at);

-- The inbox. dedupe_key makes each notification exist once, however often the job that raises it runs.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  user_id uuid NOT NULL REFERENCES users(id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  entity_type text,
  entity_id uuid,
  dedupe_key text NOT NULL,
  read_at timestamptz,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX notifications_dedupe_idx ON notifications (user_id, dedupe_key);
CREATE INDEX notifications_inbox_idx ON notifications (user_id, read_at, created_at DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['reports', 'report_indicator_values', 'report_events', 'task_requests', 'instructions', 'instruction_replies', 'notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO luoshi_app USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON reports, task_requests, notifications TO luoshi_app;
GRANT SELECT, INSERT, DELETE ON report_indicator_values TO luoshi_app;
GRANT SELECT, INSERT ON report_events, instructions, instruction_replies TO luoshi_app;
