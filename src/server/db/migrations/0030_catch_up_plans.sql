-- Issue 16 (follow-through), part 2: catch-up plans (赶超措施). When a task turns red (or yellow, by setting)
-- the reminder run requires a plan of its lead unit, due N working days later; the unit sends the cause, the
-- measures and new milestone dates; the office approves or returns it. An owed plan past its due date is a
-- light reason (catch_up_plan_overdue), so the table renews the tenant's light stamp (0009).
CREATE TABLE catch_up_plans (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  task_id uuid NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  status text NOT NULL CHECK (status IN ('required', 'submitted', 'approved', 'returned')),
  -- The day the light turned that made the plan due: one plan per red (or yellow) spell.
  required_since date NOT NULL,
  due_date date NOT NULL,
  cause text NOT NULL DEFAULT '' CHECK (length(cause) <= 2000),
  measures text NOT NULL DEFAULT '' CHECK (length(measures) <= 4000),
  milestones jsonb NOT NULL DEFAULT '[]'::jsonb,
  submitted_at timestamptz,
  submitted_by uuid REFERENCES users(id),
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES users(id),
  review_comment text,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
CREATE INDEX catch_up_plans_task ON catch_up_plans (task_id, created_at);
SELECT luoshi_enable_tenant_rls('catch_up_plans');
GRANT SELECT, INSERT, UPDATE ON catch_up_plans TO luoshi_app;

CREATE TRIGGER catch_up_plans_lights_touched AFTER INSERT OR UPDATE OR DELETE ON catch_up_plans
  FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched();
CREATE CONSTRAINT TRIGGER catch_up_plans_light_stamp AFTER INSERT OR UPDATE OR DELETE ON catch_up_plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump();
