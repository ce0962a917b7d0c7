-- Issue 17, second slice: satisfaction surveys (满意度测评). The office builds a survey about units, tasks or
-- projects; hands out one-time codes (QR cards, telephone follow-up) or an open link with limits; people answer
-- without logging in; the office may void an answer with a reason, never edit it. Closed surveys about units
-- feed the assessment's satisfaction component.
CREATE TABLE surveys (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  intro text NOT NULL DEFAULT '' CHECK (length(intro) <= 2000),
  subject_kind text NOT NULL CHECK (subject_kind IN ('unit', 'task', 'project')),
  subject_ids uuid[] NOT NULL CHECK (cardinality(subject_ids) BETWEEN 1 AND 200),
  audiences text[] NOT NULL CHECK (cardinality(audiences) >= 1
    AND audiences <@ ARRAY['residents', 'enterprises', 'deputies', 'other']::text[]),
  questions jsonb NOT NULL,
  opens_on date NOT NULL,
  closes_on date NOT NULL CHECK (closes_on >= opens_on),
  status text NOT NULL CHECK (status IN ('draft', 'open', 'closed')),
  -- The open link (公开链接): a random token in the address, a cap on its answers; NULL token = no open link.
  link_token text UNIQUE,
  link_max_answers integer CHECK (link_max_answers IS NULL OR link_max_answers BETWEEN 1 AND 100000),
  version integer NOT NULL DEFAULT 1,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
CREATE INDEX surveys_tenant ON surveys (tenant_id, status, closes_on);
SELECT luoshi_enable_tenant_rls('surveys');
GRANT SELECT, INSERT, UPDATE ON surveys TO luoshi_app;

-- A one-time code (测评码). Looked up by the SHA-256 of its canonical form; the code itself is sealed with SM4
-- (the office reprints cards and reads codes on the phone; a stolen database does not give them away).
CREATE TABLE survey_codes (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  survey_id uuid NOT NULL REFERENCES surveys(id),
  serial integer NOT NULL CHECK (serial >= 1),
  code_hash text NOT NULL UNIQUE,
  code_sealed text NOT NULL,
  audience text NOT NULL CHECK (audience IN ('residents', 'enterprises', 'deputies', 'other')),
  subject_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid NOT NULL REFERENCES users(id),
  UNIQUE (survey_id, serial)
);
SELECT luoshi_enable_tenant_rls('survey_codes');
GRANT SELECT, INSERT ON survey_codes TO luoshi_app;

-- An answer. Never edited: only voided (with a reason, audited). One per code, whatever happens at the same
-- moment: the unique index on code_id is the rule (a second answer → 409 SURVEY_CODE_USED).
CREATE TABLE survey_answers (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  survey_id uuid NOT NULL REFERENCES surveys(id),
  code_id uuid REFERENCES survey_codes(id),
  subject_id uuid NOT NULL,
  channel text NOT NULL CHECK (channel IN ('code', 'link', 'phone')),
  audience text NOT NULL CHECK (audience IN ('residents', 'enterprises', 'deputies', 'other')),
  answer_values jsonb NOT NULL,
  comment text NOT NULL DEFAULT '' CHECK (length(comment) <= 2000),
  -- A keyed hash of the open link's source (address and browser), never the address itself.
  source_hash text,
  recorded_by uuid REFERENCES users(id),
  answered_at timestamptz NOT NULL,
  voided_at timestamptz,
  voided_by uuid REFERENCES users(id),
  void_reason text CHECK (void_reason IS NULL OR length(void_reason) BETWEEN 1 AND 1000),
  version integer NOT NULL DEFAULT 1,
  CHECK ((channel = 'link') = (code_id IS NULL)),
  CHECK ((channel = 'phone') = (recorded_by IS NOT NULL)),
  CHECK ((voided_at IS NULL) = (void_reason IS NULL))
);
CREATE UNIQUE INDEX survey_answers_one_per_code ON survey_answers (code_id) WHERE code_id IS NOT NULL;
CREATE INDEX survey_answers_survey ON survey_answers (survey_id, answered_at);
SELECT luoshi_enable_tenant_rls('survey_answers');
GRANT SELECT, INSERT, UPDATE ON survey_answers TO luoshi_app;
