ALTER TABLE "calls" DROP CONSTRAINT "calls_status_check";--> statement-breakpoint
ALTER TABLE "call_events" ADD COLUMN "reason" varchar(30);--> statement-breakpoint
ALTER TABLE "calls" ADD COLUMN "divert_reason" varchar(30);--> statement-breakpoint
ALTER TABLE "call_rollups" ADD COLUMN "diverted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_status_check" CHECK ("calls"."status" in ('queued', 'ringing', 'answered', 'completed', 'abandoned', 'diverted', 'callback'));