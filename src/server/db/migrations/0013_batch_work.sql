-- Issue 18, batch work and forgiving forms.
-- A report sent as "本期无变化" carries an earlier period's figures forward; the period it copied is kept so
-- that the report, the review queue and the ledger say so. Null for an ordinary report.
ALTER TABLE reports ADD COLUMN carried_from_period text;

-- A decision without published tasks may be deleted (audited); its drafts go with it.
GRANT DELETE ON decisions TO luoshi_app;
