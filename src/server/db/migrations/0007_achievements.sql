-- Achievement declarations (个人政绩申报): a cadre declares what he achieved in a year, with evidence and
-- linked tasks; the supervision office verifies or rejects each item. Verified items are shown beside the
-- unit's assessment; no score is computed for persons.

CREATE TABLE achievements (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  unit_id uuid NOT NULL REFERENCES units(id),
  title text NOT NULL,
  description text,
  evidence text,
  task_ids uuid[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'declared' CHECK (status IN ('declared', 'verified', 'rejected')),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  decision_comment text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX achievements_year_idx ON achievements (tenant_id, year, unit_id);

ALTER TABLE achievements ENABLE ROW LEVEL SECURITY;
ALTER TABLE achievements FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON achievements TO luoshi_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
DO $$
BEGIN
  EXECUTE format('CREATE POLICY system_access ON achievements TO %I USING (true) WITH CHECK (true)', current_user);
END $$;

GRANT SELECT, INSERT, UPDATE ON achievements TO luoshi_app;
