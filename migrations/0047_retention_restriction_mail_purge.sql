ALTER TABLE "outbox_mail" ADD COLUMN "purged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "privacy_restrictions" ADD COLUMN "retention_due_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "retention_runs" ADD COLUMN "kept" jsonb DEFAULT '{}'::jsonb NOT NULL;