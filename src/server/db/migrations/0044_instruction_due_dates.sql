-- Issue 16, case deadlines: a leader's instruction (领导批示) is due to be answered by a date, set when it is
-- written (default: setting instructions.answerWorkingDays working days of the tenant calendar). Instructions
-- written before this migration get the fifth weekday after the day they were written (Asia/Shanghai); the
-- holidays of the tenant calendar are not consulted here, which at worst makes an old one due a little early.
ALTER TABLE instructions ADD COLUMN due_date date;
UPDATE instructions i SET due_date = (
  SELECT d::date
  FROM generate_series(
    (i.created_at AT TIME ZONE 'Asia/Shanghai')::date + 1,
    (i.created_at AT TIME ZONE 'Asia/Shanghai')::date + 14,
    interval '1 day'
  ) AS d
  WHERE extract(isodow FROM d) < 6
  ORDER BY d
  OFFSET 4 LIMIT 1
);
ALTER TABLE instructions ALTER COLUMN due_date SET NOT NULL;
CREATE INDEX instructions_due_idx ON instructions (tenant_id, due_date);
