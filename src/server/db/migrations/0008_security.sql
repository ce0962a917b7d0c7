-- Security controls of 等保2.0 level 3: TOTP second factor, SM4-sealed personal data, audit retention.

-- TOTP: the secret is sealed by the application (v1:… SM4 + HMAC-SM3), like phone and email; the last
-- accepted time step refuses a replayed code; recovery codes are stored as argon2id hashes.
ALTER TABLE users ADD COLUMN totp_secret text;
ALTER TABLE users ADD COLUMN totp_pending_secret text;
ALTER TABLE users ADD COLUMN totp_enabled_at timestamptz;
ALTER TABLE users ADD COLUMN totp_last_step bigint;
ALTER TABLE users ADD COLUMN totp_recovery_codes jsonb;

-- A session whose password was right but whose second factor is still owed.
ALTER TABLE sessions ADD COLUMN mfa_pending boolean NOT NULL DEFAULT false;

-- Phone and email are sealed at the first start after this migration (SQL has no SM4); until then a
-- plaintext value is refused by the application rather than served.

-- Audit retention: where a purged chain now starts. Verification begins at the latest checkpoint.
CREATE TABLE audit_checkpoints (
  id uuid PRIMARY KEY,
  tenant_id uuid REFERENCES tenants(id),
  seq bigint NOT NULL,
  hash text NOT NULL,
  purged_before timestamptz NOT NULL,
  purged_count integer NOT NULL,
  export_sha256 text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX audit_checkpoints_chain_idx ON audit_checkpoints (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), seq);

CREATE FUNCTION audit_checkpoints_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only';
END $$;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_immutable();

-- UPDATE stays impossible. DELETE is allowed only inside luoshi_audit_purge (which sets the flag) and only
-- for events a checkpoint already covers: a DELETE in ordinary SQL, even by the owner, is refused.
CREATE OR REPLACE FUNCTION audit_events_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('luoshi.audit_purge', true) = 'on' AND EXISTS (
    SELECT 1 FROM audit_checkpoints c
    WHERE coalesce(c.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = coalesce(OLD.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
      AND c.seq >= OLD.seq) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END $$;

-- The only purge path: checks that the caller names the real hash of the last event it purges (taken from
-- a verified export), that every purged event is older than p_before, and that the chain keeps its last
-- event; then records the checkpoint and deletes the prefix. Not executable by the application role.
CREATE FUNCTION luoshi_audit_purge(p_tenant uuid, p_through_seq bigint, p_hash text, p_before timestamptz, p_export_sha256 text, p_at timestamptz)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  chain uuid := coalesce(p_tenant, '00000000-0000-0000-0000-000000000000'::uuid);
  last_hash text;
  max_seq bigint;
  n integer;
BEGIN
  SELECT hash INTO last_hash FROM audit_events
    WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND seq = p_through_seq;
  IF last_hash IS NULL OR last_hash <> p_hash THEN
    RAISE EXCEPTION 'audit purge: event % of the chain does not have the exported hash', p_through_seq;
  END IF;
  SELECT max(seq) INTO max_seq FROM audit_events WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain;
  IF p_through_seq >= max_seq THEN
    RAISE EXCEPTION 'audit purge: the last event of a chain is kept';
  END IF;
  IF EXISTS (SELECT 1 FROM audit_events WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain
             AND seq <= p_through_seq AND at >= p_before) THEN
    RAISE EXCEPTION 'audit purge: events at or after % would be purged', p_before;
  END IF;
  INSERT INTO audit_checkpoints (id, tenant_id, seq, hash, purged_before, purged_count, export_sha256, created_at)
    SELECT gen_random_uuid(), p_tenant, p_through_seq, p_hash, p_before, count(*), p_export_sha256, p_at
    FROM audit_events WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND seq <= p_through_seq;
  PERFORM set_config('luoshi.audit_purge', 'on', true);
  DELETE FROM audit_events WHERE coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain AND seq <= p_through_seq;
  GET DIAGNOSTICS n = ROW_COUNT;
  PERFORM set_config('luoshi.audit_purge', 'off', true);
  RETURN n;
END $$;
REVOKE ALL ON FUNCTION luoshi_audit_purge(uuid, bigint, text, timestamptz, text, timestamptz) FROM PUBLIC;

ALTER TABLE audit_checkpoints ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_checkpoints FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_checkpoints TO luoshi_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid OR tenant_id IS NULL);
DO $$ BEGIN
  EXECUTE format('CREATE POLICY system_access ON audit_checkpoints TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
GRANT SELECT ON audit_checkpoints TO luoshi_app;
