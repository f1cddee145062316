-- One outbox for every module (decision 0064): the mails of the second level's
-- mail_outbox and of appointment_mail_outbox move into outbox_mail, ids kept (they are
-- the Message-IDs). Nothing pending is lost: a mail that was being sent ('sending', its
-- dispatcher gone with the old code) becomes pending again and is sent at least once.
-- The old tables are dropped by the next migration.
INSERT INTO outbox_mail (id, tenant_id, purpose, ref_id, to_addresses, subject, body_text, attachments, status, attempts, next_attempt_at, last_error, sent_at, created_at)
SELECT id, tenant_id, purpose, request_id, to_addresses, subject, body, '[]'::jsonb,
       CASE WHEN status = 'sending' THEN 'pending' ELSE status END,
       attempts, next_attempt_at, last_error, sent_at, created_at
FROM mail_outbox
WHERE cardinality(to_addresses) > 0;
--> statement-breakpoint
INSERT INTO outbox_mail (id, tenant_id, purpose, ref_id, to_addresses, subject, body_text, attachments, status, attempts, next_attempt_at, last_error, sent_at, created_at)
SELECT id, tenant_id,
       CASE WHEN ics_method = 'CANCEL' THEN 'appointment.cancellation'
            WHEN ics IS NOT NULL THEN 'appointment.confirmation'
            WHEN subject LIKE 'Erinnerung%' THEN 'appointment.reminder'
            ELSE 'appointment.offer' END,
       NULL, ARRAY[recipient], subject, body_text,
       CASE WHEN ics IS NULL THEN '[]'::jsonb
            ELSE jsonb_build_array(jsonb_build_object(
              'filename', 'termin.ics',
              'contentType', 'text/calendar; charset=utf-8; method=' || coalesce(ics_method, 'PUBLISH'),
              'content', ics)) END,
       CASE WHEN sent_at IS NOT NULL THEN 'sent' WHEN attempts >= 5 THEN 'failed' ELSE 'pending' END,
       attempts, created_at, last_error, sent_at, created_at
FROM appointment_mail_outbox;
