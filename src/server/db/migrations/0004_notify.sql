-- Delivery of notifications (e-mail, webhook) from the inbox as outbox, and the last light of each task
-- so that a reminder goes out when a task turns yellow or red, once per turn.

ALTER TABLE notifications ADD COLUMN dispatched_at timestamptz;
ALTER TABLE notifications ADD COLUMN email_sent_at timestamptz;
ALTER TABLE notifications ADD COLUMN webhook_sent_at timestamptz;
CREATE INDEX notifications_dispatch_idx ON notifications (created_at) WHERE dispatched_at IS NULL;

CREATE TABLE task_light_states (
  task_id uuid PRIMARY KEY REFERENCES tasks(id) ON DELETE CASCADE,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  light text NOT NULL CHECK (light IN ('red', 'yellow', 'green')),
  since date NOT NULL,
  updated_at timestamptz NOT NULL
);

ALTER TABLE task_light_states ENABLE ROW LEVEL SECURITY;
ALTER TABLE task_light_states FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON task_light_states TO luoshi_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
DO $$ BEGIN
  EXECUTE format('CREATE POLICY system_access ON task_light_states TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
GRANT SELECT, INSERT, UPDATE ON task_light_states TO luoshi_app;
