CREATE TABLE "privacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" varchar(12) NOT NULL,
	"subject" jsonb NOT NULL,
	"reason" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"record_count" integer NOT NULL,
	"records" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "privacy_restrictions" (
	"record_id" uuid PRIMARY KEY NOT NULL,
	"kind" varchar(40) NOT NULL,
	"request_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"trigger" varchar(10) NOT NULL,
	"actor_name" text NOT NULL,
	"counts" jsonb NOT NULL,
	"cutoffs" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "retention_settings" (
	"kind" varchar(40) PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "privacy_requests_at_idx" ON "privacy_requests" USING btree ("at");--> statement-breakpoint
CREATE INDEX "retention_runs_ran_at_idx" ON "retention_runs" USING btree ("ran_at");