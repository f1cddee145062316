DROP POLICY "tenant_isolation" ON "mail_outbox" CASCADE;--> statement-breakpoint
DROP TABLE "mail_outbox" CASCADE;--> statement-breakpoint
DROP POLICY "tenant_isolation" ON "appointment_mail_outbox" CASCADE;--> statement-breakpoint
DROP TABLE "appointment_mail_outbox" CASCADE;