-- Issue 18: the 督查通报's 版头 carries its number within the year, "第X期". A period's bulletin gets its
-- number the first time it is generated, counted per district and per year of generation (the first in a
-- year is 第1期); regenerating the period (a new version) keeps the number. The unique constraints make a
-- number impossible to give twice; bulletin generation also takes a per-district lock so that concurrent
-- requests wait for each other instead of failing on them.
CREATE TABLE bulletin_issues (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  period text NOT NULL,
  year integer NOT NULL,
  number integer NOT NULL CHECK (number > 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (tenant_id, period),
  UNIQUE (tenant_id, year, number)
);

ALTER TABLE bulletin_issues ENABLE ROW LEVEL SECURITY;
ALTER TABLE bulletin_issues FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON bulletin_issues TO luoshi_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
DO $$ BEGIN EXECUTE format('CREATE POLICY system_access ON bulletin_issues TO %I USING (true) WITH CHECK (true)', current_user); END $$;
-- Numbers are never changed or taken back: no UPDATE, no DELETE.
GRANT SELECT, INSERT ON bulletin_issues TO luoshi_app;

-- Bulletins generated before numbering: numbered in the order they were first generated, per year of
-- generation in Beijing time (UTC+8 all year).
INSERT INTO bulletin_issues (tenant_id, period, year, number, created_at)
SELECT tenant_id, period, year, row_number() OVER (PARTITION BY tenant_id, year ORDER BY first_at, period), first_at
FROM (
  SELECT tenant_id, period, min(created_at) AS first_at,
         extract(year FROM (min(created_at) AT TIME ZONE 'UTC') + interval '8 hours')::int AS year
  FROM bulletins GROUP BY tenant_id, period
) firsts;
