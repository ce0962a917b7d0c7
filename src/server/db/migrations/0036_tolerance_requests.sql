-- Issue 16 (follow-through), part 4: 容错纠错 (tolerance requests). A unit (or a cadre of it) files against a
-- fact that costs it points: a criticism in a bulletin, an interview, an accountability action or a red
-- month-end light of its task, with the circumstances and the evidence. The office prepares it with an
-- opinion; a district leader rules for the committee: granted, partly granted (points) or refused, with
-- reasons. A granted request waives the fact in the assessment (shown as waived, citing the ruling); nothing
-- is deleted. An accountability action tolerated keeps the request that tolerated it.
CREATE TABLE tolerance_requests (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  unit_id uuid NOT NULL REFERENCES units(id),
  target_kind text NOT NULL CHECK (target_kind IN ('bulletin_criticism', 'interview', 'accountability', 'red_light')),
  -- The fact's id as the assessment cites it (a remark, an interview, an action, or "task id:YYYY-MM").
  target_id text NOT NULL CHECK (length(target_id) BETWEEN 1 AND 80),
  target_label text NOT NULL CHECK (length(target_label) <= 600),
  circumstances text NOT NULL CHECK (length(circumstances) BETWEEN 1 AND 4000),
  evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 4000),
  status text NOT NULL CHECK (status IN ('filed', 'prepared', 'granted', 'partly_granted', 'refused')),
  filed_by uuid NOT NULL REFERENCES users(id),
  filed_at timestamptz NOT NULL,
  office_opinion text CHECK (length(office_opinion) <= 4000),
  prepared_by uuid REFERENCES users(id),
  prepared_at timestamptz,
  ruling_reasons text CHECK (length(ruling_reasons) <= 4000),
  -- Points waived by a partial grant; a full grant waives the whole fact (null).
  waived_points numeric(6, 2) CHECK (waived_points IS NULL OR waived_points > 0),
  ruled_by uuid REFERENCES users(id),
  ruled_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
CREATE INDEX tolerance_requests_unit ON tolerance_requests (unit_id, filed_at);
-- One open or granted request per fact: a refused one may be filed again with new circumstances.
CREATE UNIQUE INDEX tolerance_requests_one_per_fact ON tolerance_requests (tenant_id, target_kind, target_id)
  WHERE status <> 'refused';
SELECT luoshi_enable_tenant_rls('tolerance_requests');
GRANT SELECT, INSERT, UPDATE ON tolerance_requests TO luoshi_app;

ALTER TABLE accountability_actions ADD COLUMN tolerance_request_id uuid REFERENCES tolerance_requests(id);
GRANT UPDATE (tolerance_request_id) ON accountability_actions TO luoshi_app;
