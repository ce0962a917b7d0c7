-- Issue 13: the public board of key projects (甘特图公示). Which projects are public is each project's
-- is_public (0027); which fields is the setting projects.board.publicFields. This row versions the board
-- settings as one object, so that two offices saving at once get a 409 instead of overwriting each other.
CREATE TABLE project_boards (
  tenant_id uuid PRIMARY KEY REFERENCES tenants(id),
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);
SELECT luoshi_enable_tenant_rls('project_boards');
GRANT SELECT, INSERT, UPDATE ON project_boards TO luoshi_app;
