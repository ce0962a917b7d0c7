-- Issue 16 (follow-through), part 1: the tenant's working-day calendar and the acceptance deadline (签收时限).
-- The national calendar of holidays and 调休 ships as data (src/domain/calendar/national-calendar.ts); a tenant's
-- own entries are laid over it: `holiday` (放假), `workday` (调休上班) or `normal` (the weekday rule, undoing a
-- shipped entry). Lights read the calendar (a published task not accepted within N working days is yellow),
-- so a change renews the tenant's light stamp like a change of tasks or settings (0009).
CREATE TABLE calendar_days (
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('holiday', 'workday', 'normal')),
  name text NOT NULL DEFAULT '' CHECK (length(name) <= 50),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  PRIMARY KEY (tenant_id, date)
);
SELECT luoshi_enable_tenant_rls('calendar_days');
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_days TO luoshi_app;

CREATE TRIGGER calendar_days_lights_touched AFTER INSERT OR UPDATE OR DELETE ON calendar_days
  FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched();
CREATE CONSTRAINT TRIGGER calendar_days_light_stamp AFTER INSERT OR UPDATE OR DELETE ON calendar_days
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump();
