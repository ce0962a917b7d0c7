-- Issue 11: the signed audit anchors (src/server/audit/audit-anchor.ts) are kept outside the database, and
-- several databases can share one data folder (PostgreSQL databases of one installation, a restore into a new
-- database). Each anchor names the database it was taken from, so that `luoshi audit verify` holds a database
-- only to its own anchors. The id is made when the database is created and is NOT in backups
-- (db/backup.ts): a restore is a new database whose chain starts a new series of anchors.
CREATE TABLE database_identity (
  id uuid PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO database_identity (id) VALUES (gen_random_uuid());
ALTER TABLE database_identity ENABLE ROW LEVEL SECURITY;
ALTER TABLE database_identity FORCE ROW LEVEL SECURITY;
DO $$ BEGIN EXECUTE format('CREATE POLICY system_access ON database_identity TO %I USING (true) WITH CHECK (true)', current_user); END $$;
