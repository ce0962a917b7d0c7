-- Issue 15: evidence attachments (PDF, Office, OFD, photos) on reports, shares, completion requests,
-- rectifications and case answers. The bytes live in stored_files (inside the database: backup/restore and
-- row-level security cover them); this table says what the file is, who uploaded it for which unit, what it is
-- evidence for once attached, and where its thumbnail is (photos only).
CREATE TABLE attachments (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  file_id uuid NOT NULL UNIQUE REFERENCES stored_files(id),
  thumbnail_file_id uuid REFERENCES stored_files(id),
  kind text NOT NULL CHECK (kind IN ('pdf', 'image', 'word', 'excel', 'presentation', 'ofd')),
  unit_id uuid REFERENCES units(id),
  owner_kind text CHECK (owner_kind IN ('task', 'report', 'completion', 'share', 'rectification', 'case')),
  owner_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users(id),
  CHECK ((owner_kind IS NULL) = (owner_id IS NULL))
);
CREATE INDEX attachments_owner_idx ON attachments (tenant_id, owner_kind, owner_id);
CREATE INDEX attachments_unattached_idx ON attachments (tenant_id, created_by) WHERE owner_id IS NULL;
SELECT luoshi_enable_tenant_rls('attachments');
GRANT SELECT, INSERT, UPDATE, DELETE ON attachments TO luoshi_app;
-- An upload withdrawn before it was attached takes its bytes with it (evidence once attached is never deleted:
-- the use case refuses).
GRANT DELETE ON stored_files TO luoshi_app;
