-- 公开版通报 (issue 17): the public version of a published bulletin the office switched public (is_public, 0054).
-- It is not the internal bulletin: public_data is the snapshot of what may be public (aggregate figures, the
-- public and livelihood tasks' progress), built from the bulletin's own period when switched on; the office's
-- optional foreword goes beside it. The public pages read only these two columns.
ALTER TABLE bulletins ADD COLUMN public_foreword text;
ALTER TABLE bulletins ADD COLUMN public_data jsonb;
GRANT UPDATE (public_foreword, public_data) ON bulletins TO luoshi_app;
