-- An issued invoice or credit note never changes (GoBD; issue 12): the use cases refuse it, and
-- this trigger refuses every UPDATE and DELETE of an issued row for any role, also raw SQL.
-- A correction is a credit note referring to the original (and, where needed, a new invoice).
CREATE FUNCTION billing_refuse_issued_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'billing invoice % is issued and cannot be changed', OLD.number
    USING ERRCODE = 'check_violation', CONSTRAINT = 'billing_invoices_issued_immutable';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER billing_invoices_issued_immutable
  BEFORE UPDATE OR DELETE ON billing_invoices
  FOR EACH ROW WHEN (OLD.status = 'issued')
  EXECUTE FUNCTION billing_refuse_issued_change();
