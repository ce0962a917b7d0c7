-- Issue 14: clearing blockers. The blocker ledger (堵点/问题清单) with its escalation ladder (unit → contracting
-- leader → weekly project meeting → standing committee), joint approval (联审联批: one review, one item per
-- department, answered in parallel) and the weekly project meeting (周六例会: agenda, decisions that become
-- published tasks, minutes). One migration for the three so that they share one shape from the start.

-- A meeting's decisions become tasks; tasks hang from a decision document, so each meeting gets a decisions
-- row of its own kind (the minutes), and the decision kind list gains it.
ALTER TABLE decisions DROP CONSTRAINT IF EXISTS decisions_kind_check;
ALTER TABLE decisions ADD CONSTRAINT decisions_kind_check
  CHECK (kind IN ('plenary', 'standing_committee', 'executive_meeting', 'document', 'leader_instruction', 'other',
                  'project_meeting'));

CREATE TABLE blockers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  -- Raised on a project or on an ordinary task: exactly one of the two.
  project_id uuid REFERENCES projects(id) ON DELETE CASCADE,
  task_id uuid REFERENCES tasks(id) ON DELETE CASCADE,
  -- The unit that raised it (it confirms the resolution) and the unit that tries first (level 'unit').
  raised_by_unit_id uuid NOT NULL REFERENCES units(id),
  owner_unit_id uuid NOT NULL REFERENCES units(id),
  -- The label of one of the tenant's `blockers.kinds` (手续/征迁/配套/资金/政策/其他, tenant-editable).
  kind text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  -- What is asked of whom (需协调事项及对象).
  ask text NOT NULL DEFAULT '' CHECK (length(ask) <= 2000),
  asked_unit_ids uuid[] NOT NULL DEFAULT '{}',
  due_date date NOT NULL,
  level text NOT NULL DEFAULT 'unit' CHECK (level IN ('unit', 'leader', 'meeting', 'committee')),
  -- When the blocker reached its level: the ladder counts the days at a level from here.
  level_since timestamptz NOT NULL DEFAULT now(),
  -- The contracting leader who owns it at level 'leader' (the project's first leader or the task's leader).
  owner_user_id uuid REFERENCES users(id),
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'coordinating', 'pending_confirmation', 'resolved', 'closed')),
  resolution text CHECK (resolution IS NULL OR length(resolution) <= 4000),
  resolved_at timestamptz,
  resolved_by uuid REFERENCES users(id),
  confirmed_at timestamptz,
  confirmed_by uuid REFERENCES users(id),
  close_reason text CHECK (close_reason IS NULL OR length(close_reason) <= 2000),
  closed_at timestamptz,
  closed_by uuid REFERENCES users(id),
  raised_at timestamptz NOT NULL DEFAULT now(),
  raised_by uuid REFERENCES users(id),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  CHECK ((project_id IS NULL) <> (task_id IS NULL)),
  CHECK (status <> 'closed' OR close_reason IS NOT NULL),
  CHECK (status NOT IN ('pending_confirmation', 'resolved') OR resolution IS NOT NULL)
);
CREATE INDEX blockers_tenant_status_idx ON blockers (tenant_id, status, level);
CREATE INDEX blockers_project_idx ON blockers (project_id) WHERE project_id IS NOT NULL;
CREATE INDEX blockers_task_idx ON blockers (task_id) WHERE task_id IS NOT NULL;
CREATE INDEX blockers_owner_unit_idx ON blockers (tenant_id, owner_unit_id);

-- The blocker's history: every transition, who made it (null: the escalation job) and why.
CREATE TABLE blocker_events (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  blocker_id uuid NOT NULL REFERENCES blockers(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('raised', 'escalated', 'escalated_early', 'coordinating', 'resolution_proposed',
                                     'confirmed', 'rejected', 'closed', 'decision_attached', 'note')),
  from_level text CHECK (from_level IN ('unit', 'leader', 'meeting', 'committee')),
  to_level text CHECK (to_level IN ('unit', 'leader', 'meeting', 'committee')),
  reason text CHECK (reason IS NULL OR length(reason) <= 2000),
  meeting_decision_id uuid,
  actor_id uuid REFERENCES users(id),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX blocker_events_blocker_idx ON blocker_events (blocker_id, at);
-- Each step of the ladder happens once, whether the job or a person takes it (restart-safe escalation).
CREATE UNIQUE INDEX blocker_events_step_once ON blocker_events (blocker_id, to_level)
  WHERE kind IN ('escalated', 'escalated_early');

-- Evidence: photos and files, kept in stored_files (backup/restore and row-level security cover them).
CREATE TABLE blocker_files (
  file_id uuid PRIMARY KEY REFERENCES stored_files(id),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  blocker_id uuid NOT NULL REFERENCES blockers(id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);
CREATE INDEX blocker_files_blocker_idx ON blocker_files (blocker_id, position);

-- 联审联批: the office opens a review of a project's pre-construction procedure(s); each department concerned
-- answers its item by the same deadline, in parallel.
CREATE TABLE joint_reviews (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  project_id uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  -- The procedure node under review, if the review is for one (前期手续 item).
  node_id uuid REFERENCES project_nodes(id) ON DELETE SET NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
  deadline date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  opened_at timestamptz NOT NULL DEFAULT now(),
  opened_by uuid REFERENCES users(id),
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX joint_reviews_tenant_idx ON joint_reviews (tenant_id, status, deadline);
CREATE INDEX joint_reviews_project_idx ON joint_reviews (project_id);

CREATE TABLE joint_review_items (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  review_id uuid NOT NULL REFERENCES joint_reviews(id) ON DELETE CASCADE,
  unit_id uuid NOT NULL REFERENCES units(id),
  -- What this department reviews (规划许可, 环评 …).
  subject text NOT NULL DEFAULT '' CHECK (length(subject) <= 200),
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'approved_with_conditions', 'needs_material')),
  -- The conditions, or the material that is missing.
  answer text CHECK (answer IS NULL OR length(answer) <= 4000),
  answered_at timestamptz,
  answered_by uuid REFERENCES users(id),
  -- The first answer's time: the department's days taken (and its delay past the deadline) read it.
  first_answered_at timestamptz,
  reminded_on date,
  position integer NOT NULL DEFAULT 0,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid,
  UNIQUE (review_id, unit_id),
  CHECK (status = 'pending' OR answered_at IS NOT NULL),
  CHECK (status NOT IN ('approved_with_conditions', 'needs_material') OR answer IS NOT NULL)
);
CREATE INDEX joint_review_items_unit_idx ON joint_review_items (tenant_id, unit_id, status);

-- 周六例会: the weekly project meeting.
CREATE TABLE meetings (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  held_on date NOT NULL,
  location text NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  chair text NOT NULL DEFAULT '' CHECK (length(chair) <= 100),
  -- Attendees as the minutes list them (names and titles), in order.
  attendees text[] NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'preparing' CHECK (status IN ('preparing', 'held', 'minuted')),
  -- The decisions row (kind 'project_meeting') the meeting's decision-tasks hang from; made on the first one.
  decision_id uuid REFERENCES decisions(id),
  minutes_number text CHECK (minutes_number IS NULL OR length(minutes_number) <= 100),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid
);
CREATE INDEX meetings_tenant_idx ON meetings (tenant_id, held_on DESC);

-- The agenda, in the office's order: escalated blockers, red projects, overdue joint reviews, last meeting's
-- decisions not yet done, or a free item.
CREATE TABLE meeting_items (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  position integer NOT NULL DEFAULT 0,
  kind text NOT NULL CHECK (kind IN ('blocker', 'project', 'joint_review', 'carried_decision', 'other')),
  blocker_id uuid REFERENCES blockers(id) ON DELETE SET NULL,
  project_id uuid REFERENCES projects(id) ON DELETE SET NULL,
  joint_review_id uuid REFERENCES joint_reviews(id) ON DELETE SET NULL,
  carried_decision_id uuid,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meeting_items_meeting_idx ON meeting_items (meeting_id, position);

-- 议定事项: who does what by when. Each becomes a published task (task_id) followed like any other.
CREATE TABLE meeting_decisions (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  meeting_id uuid NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
  item_id uuid REFERENCES meeting_items(id) ON DELETE SET NULL,
  blocker_id uuid REFERENCES blockers(id) ON DELETE SET NULL,
  project_id uuid REFERENCES projects(id) ON DELETE SET NULL,
  content text NOT NULL CHECK (length(content) BETWEEN 1 AND 2000),
  lead_unit_id uuid NOT NULL REFERENCES units(id),
  co_unit_ids uuid[] NOT NULL DEFAULT '{}',
  leader_id uuid REFERENCES users(id),
  due_date date NOT NULL,
  task_id uuid REFERENCES tasks(id) ON DELETE SET NULL,
  position integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid
);
CREATE INDEX meeting_decisions_meeting_idx ON meeting_decisions (meeting_id, position);
CREATE INDEX meeting_decisions_task_idx ON meeting_decisions (task_id) WHERE task_id IS NOT NULL;
ALTER TABLE meeting_items ADD CONSTRAINT meeting_items_carried_fk
  FOREIGN KEY (carried_decision_id) REFERENCES meeting_decisions(id) ON DELETE SET NULL;
ALTER TABLE blocker_events ADD CONSTRAINT blocker_events_decision_fk
  FOREIGN KEY (meeting_decision_id) REFERENCES meeting_decisions(id) ON DELETE SET NULL;

SELECT luoshi_enable_tenant_rls('blockers');
SELECT luoshi_enable_tenant_rls('blocker_events');
SELECT luoshi_enable_tenant_rls('blocker_files');
SELECT luoshi_enable_tenant_rls('joint_reviews');
SELECT luoshi_enable_tenant_rls('joint_review_items');
SELECT luoshi_enable_tenant_rls('meetings');
SELECT luoshi_enable_tenant_rls('meeting_items');
SELECT luoshi_enable_tenant_rls('meeting_decisions');

GRANT SELECT, INSERT, UPDATE, DELETE ON blockers, blocker_events, blocker_files, joint_reviews, joint_review_items,
  meetings, meeting_items, meeting_decisions TO luoshi_app;

-- An open blocker older than the setting colours its project or task (blocker_open): writes to blockers
-- renew the tenant's light stamp (migration 0009), as writes to tasks do.
CREATE TRIGGER blockers_lights_touched AFTER INSERT OR UPDATE OR DELETE ON blockers
  FOR EACH STATEMENT EXECUTE FUNCTION light_inputs_touched();
CREATE CONSTRAINT TRIGGER blockers_light_stamp AFTER INSERT OR UPDATE OR DELETE ON blockers
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION light_stamp_bump();
