-- Issue 21, part 1: messenger group robots (群机器人: 钉钉, 企业微信, 飞书) beside e-mail and the generic webhook.
-- A robot belongs to the tenant (the office's group, unit_id NULL) or to one unit (the unit's own group). Its
-- address and secret are credentials (企业微信's key and 钉钉's access_token are in the address): both sealed
-- with SM4 at rest, never sent back to the web. recent_sends holds the times (epoch ms) of the robot's requests
-- of the last minute (the vendors' rate limits), blocked_until the end of a vendor's
-- block after a rate refusal; last_result what the vendor last answered, shown to the office.
CREATE TABLE messenger_robots (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  unit_id uuid REFERENCES units(id),
  kind text NOT NULL CHECK (kind IN ('dingtalk', 'wecom', 'feishu')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
  address text NOT NULL,
  secret text,
  enabled boolean NOT NULL DEFAULT true,
  recent_sends jsonb NOT NULL DEFAULT '[]',
  blocked_until timestamptz,
  last_result jsonb,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
CREATE INDEX messenger_robots_tenant ON messenger_robots (tenant_id, unit_id);
SELECT luoshi_enable_tenant_rls('messenger_robots');
GRANT SELECT, INSERT, UPDATE ON messenger_robots TO luoshi_app;

-- A notice waiting for (or sent to, or failed at) one robot: once per robot and notice key, however many users
-- the notice went to. Several are merged into one message when the robot's rate is spent (sent_in names the
-- request that carried them).
CREATE TABLE robot_messages (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES tenants(id),
  robot_id uuid NOT NULL REFERENCES messenger_robots(id),
  dedupe_key text NOT NULL,
  notification_id uuid NOT NULL REFERENCES notifications(id),
  title text NOT NULL,
  body text NOT NULL,
  task_code text,
  task_title text,
  light text CHECK (light IN ('red', 'yellow', 'green')),
  link_path text,
  status text NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  sent_in uuid,
  sent_at timestamptz,
  created_at timestamptz NOT NULL,
  UNIQUE (robot_id, dedupe_key)
);
CREATE INDEX robot_messages_waiting ON robot_messages (robot_id, next_attempt_at) WHERE status = 'pending';
SELECT luoshi_enable_tenant_rls('robot_messages');
GRANT SELECT, INSERT, UPDATE ON robot_messages TO luoshi_app;
