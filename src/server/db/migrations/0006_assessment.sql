-- Assessment (考核): schemes per year as data (versions kept, a published one frozen), entries that the
-- engine scores (satisfaction, multi-party evaluation, bonuses, vetoes), and finalized results as snapshots.

CREATE TABLE assessment_schemes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  version integer NOT NULL,
  scheme jsonb NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  published_at timestamptz,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  UNIQUE (tenant_id, year, version)
);

CREATE TABLE assessment_entries (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('satisfaction', 'evaluation', 'bonus', 'veto')),
  unit_id uuid NOT NULL REFERENCES units(id),
  data jsonb NOT NULL,
  evidence text,
  is_verified boolean NOT NULL DEFAULT false,
  verified_by uuid REFERENCES users(id),
  verified_at timestamptz,
  entered_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX assessment_entries_year_idx ON assessment_entries (tenant_id, year, kind);

CREATE TABLE assessment_results (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  year integer NOT NULL,
  version integer NOT NULL,
  as_of date NOT NULL,
  scheme_id uuid REFERENCES assessment_schemes(id),
  result jsonb NOT NULL,
  reason text,
  finalized_by uuid NOT NULL REFERENCES users(id),
  finalized_at timestamptz NOT NULL,
  UNIQUE (tenant_id, year, version)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['assessment_schemes', 'assessment_entries', 'assessment_results'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I TO luoshi_app USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid) WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)', t);
    EXECUTE format('CREATE POLICY system_access ON %I TO %I USING (true) WITH CHECK (true)', t, current_user);
  END LOOP;
END $$;

GRANT SELECT, INSERT, UPDATE ON assessment_schemes, assessment_entries TO luoshi_app;
GRANT SELECT, INSERT ON assessment_results TO luoshi_app;
