-- Issue 12: one place for the row-level security every business table gets. Until now each migration wrote
-- out ENABLE + FORCE, the tenant_isolation policy for luoshi_app and the system_access policy for the owner
-- (as in 0022_bulletin_issues.sql); a new table's migration now calls
--   SELECT luoshi_enable_tenant_rls('table_name');
-- and then GRANTs to luoshi_app only what the app needs. Older migrations are left as they are.
-- The function runs with its caller's rights (the migrating owner): system_access is for current_user, and
-- only the table's owner can alter it anyway.
CREATE FUNCTION luoshi_enable_tenant_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
  EXECUTE format(
    'CREATE POLICY tenant_isolation ON %s TO luoshi_app'
    ' USING (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
    ' WITH CHECK (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
    target);
  EXECUTE format('CREATE POLICY system_access ON %s TO %I USING (true) WITH CHECK (true)', target, current_user);
END
$fn$;
REVOKE ALL ON FUNCTION luoshi_enable_tenant_rls(regclass) FROM PUBLIC;
