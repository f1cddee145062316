CREATE SEQUENCE "public"."service_request_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1000 CACHE 1;--> statement-breakpoint
CREATE TABLE "callback_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" varchar(10) NOT NULL,
	"citizen_name" text NOT NULL,
	"phone" text NOT NULL,
	"message" text NOT NULL,
	"status" varchar(12) DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"outcome_note" text
);
--> statement-breakpoint
ALTER TABLE "callback_tasks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "knowledge_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid,
	"leika_key" varchar(14),
	"service_title" text NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"proposed_by" text NOT NULL,
	"status" varchar(10) DEFAULT 'proposed' NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_proposals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"purpose" varchar(40) NOT NULL,
	"request_id" uuid,
	"to_addresses" text[] NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" varchar(10) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"claimed_at" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_status_check" CHECK ("mail_outbox"."status" in ('pending', 'sending', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "mail_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "request_access_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"purpose" varchar(24) NOT NULL,
	"department_id" uuid,
	"token_hash" varchar(64) NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "request_access_links_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "request_access_links_purpose_check" CHECK ("request_access_links"."purpose" in ('department_answer', 'citizen_reply'))
);
--> statement-breakpoint
ALTER TABLE "request_access_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_request_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" varchar(30) NOT NULL,
	"from_status" varchar(24),
	"to_status" varchar(24),
	"actor_name" text NOT NULL,
	"department_id" uuid,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "service_request_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"reference_code" varchar(30) NOT NULL,
	"department_id" uuid NOT NULL,
	"contact_id" uuid,
	"leika_key" varchar(14),
	"service_title" text NOT NULL,
	"question" text NOT NULL,
	"citizen_name" text NOT NULL,
	"citizen_email" text,
	"citizen_phone" text,
	"answer_channel" varchar(10) NOT NULL,
	"status" varchar(24) DEFAULT 'forwarded' NOT NULL,
	"budget_hours" integer NOT NULL,
	"sla_consumed_ms" bigint DEFAULT 0 NOT NULL,
	"sla_running_since" timestamp with time zone,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"delivered_at" timestamp with time zone,
	"first_response_at" timestamp with time zone,
	"paused_at" timestamp with time zone,
	"paused_total_ms" bigint DEFAULT 0 NOT NULL,
	"answered_at" timestamp with time zone,
	"returned_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	"answer" text,
	"answered_by" text,
	"citizen_informed_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "service_requests_reference_code_unique" UNIQUE("reference_code"),
	CONSTRAINT "service_requests_status_check" CHECK ("service_requests"."status" in ('forwarded', 'waiting_for_citizen', 'answered', 'returned', 'closed')),
	CONSTRAINT "service_requests_channel_check" CHECK ("service_requests"."answer_channel" in ('email', 'callback')),
	CONSTRAINT "service_requests_contact_check" CHECK (("service_requests"."answer_channel" = 'email' and "service_requests"."citizen_email" is not null) or ("service_requests"."answer_channel" = 'callback' and "service_requests"."citizen_phone" is not null))
);
--> statement-breakpoint
ALTER TABLE "service_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tenant_closing_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"day" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tenant_closing_days_unique" UNIQUE("tenant_id","day")
);
--> statement-breakpoint
ALTER TABLE "tenant_closing_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "callback_tasks" ADD CONSTRAINT "callback_tasks_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_proposals" ADD CONSTRAINT "knowledge_proposals_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_access_links" ADD CONSTRAINT "request_access_links_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_events" ADD CONSTRAINT "service_request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_closing_days" ADD CONSTRAINT "tenant_closing_days_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "callback_tasks_status_idx" ON "callback_tasks" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "service_request_events_request_idx" ON "service_request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE INDEX "service_requests_tenant_status_idx" ON "service_requests" USING btree ("tenant_id","status");--> statement-breakpoint
CREATE INDEX "service_requests_department_idx" ON "service_requests" USING btree ("department_id","status");--> statement-breakpoint
CREATE INDEX "service_requests_due_idx" ON "service_requests" USING btree ("due_at");--> statement-breakpoint
CREATE INDEX "service_requests_created_idx" ON "service_requests" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "callback_tasks" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "knowledge_proposals" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "mail_outbox" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "request_access_links" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "service_request_events" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "service_requests" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tenant_closing_days" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);