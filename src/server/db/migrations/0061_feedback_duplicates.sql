-- 社情民意 duplicates (issue 17): a message that repeats an earlier one (src/domain/feedback-duplicates.ts)
-- points at the first message of its chain. Nothing is dropped; the office sees the mark and decides.
ALTER TABLE feedback_messages ADD COLUMN duplicate_of uuid REFERENCES feedback_messages(id);
CREATE INDEX feedback_messages_received ON feedback_messages (tenant_id, received_at);
