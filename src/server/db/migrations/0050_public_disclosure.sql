-- Issue 17, first slice: public disclosure of tasks (公开) and public feedback (社情民意).
-- Nothing is public by default: a decision's tasks show on the public pages only after the office marks the
-- decision public, for all its tasks or for the chosen ones. The row versions that choice (409 on a race).
CREATE TABLE public_decisions (
  decision_id uuid PRIMARY KEY REFERENCES decisions(id),
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  scope text NOT NULL CHECK (scope IN ('none', 'all', 'chosen')),
  task_ids uuid[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
CREATE INDEX public_decisions_tenant ON public_decisions (tenant_id) WHERE scope <> 'none';
SELECT luoshi_enable_tenant_rls('public_decisions');
GRANT SELECT, INSERT, UPDATE ON public_decisions TO luoshi_app;

-- What the unit writes for the public on its report (公开摘要); the internal narrative is never shown.
ALTER TABLE reports ADD COLUMN public_summary text CHECK (public_summary IS NULL OR length(public_summary) <= 1000);

-- A public message. The receipt code is shown once to the sender; only its SHA-256 is kept. The contact is
-- sealed with SM4 (personal data). An answer may be published beside the message's public text, which the
-- office writes with the personal data removed.
CREATE TABLE feedback_messages (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  receipt_hash text NOT NULL UNIQUE,
  subject text NOT NULL CHECK (subject IN ('task', 'project', 'general')),
  task_id uuid REFERENCES tasks(id),
  project_id uuid REFERENCES projects(id),
  subject_label text NOT NULL DEFAULT '' CHECK (length(subject_label) <= 600),
  message text NOT NULL CHECK (length(message) BETWEEN 1 AND 2000),
  contact text,
  status text NOT NULL CHECK (status IN ('pending', 'case', 'answered', 'closed')),
  case_id uuid REFERENCES supervision_cases(id),
  answer text CHECK (length(answer) <= 4000),
  is_published boolean NOT NULL DEFAULT false,
  public_message text CHECK (length(public_message) <= 2000),
  close_reason text CHECK (length(close_reason) <= 2000),
  decided_by uuid REFERENCES users(id),
  decided_at timestamptz,
  received_at timestamptz NOT NULL,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id),
  CHECK ((subject = 'task') = (task_id IS NOT NULL)),
  CHECK ((subject = 'project') = (project_id IS NOT NULL)),
  CHECK (NOT is_published OR (answer IS NOT NULL AND public_message IS NOT NULL))
);
CREATE INDEX feedback_messages_status ON feedback_messages (tenant_id, status, received_at);
SELECT luoshi_enable_tenant_rls('feedback_messages');
GRANT SELECT, INSERT, UPDATE ON feedback_messages TO luoshi_app;

-- The case a message became, seen from the case (linked both ways).
ALTER TABLE supervision_cases ADD COLUMN feedback_id uuid REFERENCES feedback_messages(id);
