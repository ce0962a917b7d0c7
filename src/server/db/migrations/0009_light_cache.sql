-- The per-day light cache (src/server/modules/lights/compute-lights.ts) keeps each tenant's computed lights
-- for a date in memory and asks one cheap question before serving them: has anything a light depends on
-- changed? Every write to tasks, task_milestones, reports or settings gives its tenant a new stamp.
--
-- The stamp is bumped by a deferred trigger, i.e. at commit, once per tenant and transaction: the row lock
-- on light_stamps is then held only for the last instant of the transaction, after every other lock it will
-- take (no deadlock with the audit chain's lock or row locks), and the new stamp becomes visible exactly when
-- the data does. Values come from a sequence, so a stamp is never reused, even after a rollback. Within the
-- writing transaction itself, before commit, a statement trigger marks the transaction so that its own reads
-- bypass the cache.

CREATE SEQUENCE light_stamp_seq;

CREATE TABLE light_stamps (
  tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
  stamp bigint NOT NULL
);

ALTER TABLE light_stamps ENABLE ROW LEVEL SECURITY;
ALTER TABLE light_stamps FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON light_stamps TO luoshi_app
  USING (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
  WITH CHECK (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);
DO $$ BEGIN
  EXECUTE format('CREATE POLICY system_access ON light_stamps TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
GRANT SELECT, INSERT, UPDATE ON light_stamps TO luoshi_app;
GRANT USAGE ON SEQUENCE light_stamp_seq TO luoshi_app;

CREATE FUNCTION light_inputs_touched() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM set_config('luoshi.lights_dirty', 'on', true);
  RETURN NULL;
END $$;

CREATE FUNCTION light_stamp_bump() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tenant uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.tenant_id ELSE NEW.tenant_id END;
  bumped text := coalesce(current_setting('luoshi.lights_bumped', true), '');
BEGIN
  -- A bulk insert queues one event per row: bump each tenant once per transaction.
  IF position(tenant::text IN bumped) = 0 THEN
    INSERT INTO light_stamps (tenant_id, stamp) VALUES (tenant, nextval('light_stamp_seq'))
      ON CONFLICT (tenant_id) DO UPDATE SET stamp = EXCLUDED.stamp;
    PERFORM set_config('luoshi.lights_bumped', bumped || tenant::text || ',', true);
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['tasks', 'task_milestones', 'reports', 'settings'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched()', t || '_lights_touched', t);
    EXECUTE format('CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump()', t || '_light_stamp', t);
  END LOOP;
END $$;
