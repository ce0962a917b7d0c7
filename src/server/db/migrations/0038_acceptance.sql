-- Issue 15: completion becomes acceptance (验收). A completion request carries its evidence (attachments with
-- owner_kind 'completion') and its decision records how the task was accepted: accepted, accepted with remarks,
-- or returned with what is missing (the remarks are decision_comment). Older decided requests keep null.
ALTER TABLE task_requests ADD COLUMN acceptance text
  CHECK (acceptance IN ('accepted', 'accepted_with_remarks', 'returned'));
ALTER TABLE task_requests ADD CONSTRAINT task_requests_acceptance_kind
  CHECK (acceptance IS NULL OR kind = 'completion');
