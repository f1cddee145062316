-- Audit-trail retention (retention kind audit_trail, privacy module): the append-only trigger of 0002 lets a
-- DELETE through only while the retention rule has set app.audit_retention = 'on' in its own transaction
-- (set_config(..., true): local to it). The app role keeps no DELETE privilege (0002): the rule deletes as
-- the connection's own role for that one statement and returns to dc_app. UPDATE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('app.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = '42501';
END
$$;
