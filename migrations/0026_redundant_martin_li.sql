CREATE SEQUENCE "public"."it_fault_reference_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "it_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"fault_id" uuid,
	"outage_id" uuid,
	"event" varchar(30) NOT NULL,
	"idempotency_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"url" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" varchar(12) DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"claim_token" uuid,
	"last_error" text,
	"last_status_code" integer,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "it_deliveries_status_check" CHECK ("it_deliveries"."status" in ('pending', 'sending', 'delivered', 'failing', 'given_up'))
);
--> statement-breakpoint
ALTER TABLE "it_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_fault_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"fault_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" varchar(30) NOT NULL,
	"status" varchar(20),
	"message" text,
	"actor_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "it_fault_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_faults" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"reference" varchar(20) NOT NULL,
	"source" varchar(10) NOT NULL,
	"contact_id" uuid,
	"work_item_id" uuid,
	"reporter_name" text NOT NULL,
	"reporter_room" text,
	"reporter_phone" varchar(40),
	"reporter_email" text,
	"department_id" uuid,
	"department_name" text NOT NULL,
	"asset" text,
	"category" varchar(30) NOT NULL,
	"application_name" text,
	"description" text NOT NULL,
	"impact" varchar(12) NOT NULL,
	"urgency" varchar(12) NOT NULL,
	"matrix_priority" smallint NOT NULL,
	"priority" smallint NOT NULL,
	"priority_reason" text,
	"status" varchar(20) DEFAULT 'recorded' NOT NULL,
	"known_error_id" uuid,
	"it_ticket_number" varchar(60),
	"it_message" text,
	"workaround" text,
	"response_due_at" timestamp with time zone NOT NULL,
	"resolution_due_at" timestamp with time zone NOT NULL,
	"handed_over_at" timestamp with time zone,
	"responded_at" timestamp with time zone,
	"resolved_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"reported_at" timestamp with time zone NOT NULL,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "it_faults_category_check" CHECK ("it_faults"."category" in ('workplace_pc', 'printer', 'telephone', 'application', 'network', 'email', 'access_rights', 'other')),
	CONSTRAINT "it_faults_status_check" CHECK ("it_faults"."status" in ('recorded', 'handed_over', 'accepted', 'in_progress', 'waiting', 'resolved', 'closed', 'known_error')),
	CONSTRAINT "it_faults_source_check" CHECK ("it_faults"."source" in ('call', 'queue', 'api')),
	CONSTRAINT "it_faults_impact_check" CHECK ("it_faults"."impact" in ('person', 'team', 'department')),
	CONSTRAINT "it_faults_urgency_check" CHECK ("it_faults"."urgency" in ('can_work', 'hindered', 'cannot_work')),
	CONSTRAINT "it_faults_priority_check" CHECK ("it_faults"."priority" between 1 and 5 and "it_faults"."matrix_priority" between 1 and 5),
	CONSTRAINT "it_faults_override_check" CHECK ("it_faults"."priority" = "it_faults"."matrix_priority" or "it_faults"."priority_reason" is not null)
);
--> statement-breakpoint
ALTER TABLE "it_faults" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_known_errors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"symptom" text NOT NULL,
	"keywords" text DEFAULT '' NOT NULL,
	"workaround" text DEFAULT '' NOT NULL,
	"category" varchar(30) NOT NULL,
	"status" varchar(20) DEFAULT 'investigating' NOT NULL,
	"it_ticket_number" varchar(60),
	"it_ticket_url" text,
	"search_text" text DEFAULT '' NOT NULL,
	"proposed_from_fault_id" uuid,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "it_known_errors_category_check" CHECK ("it_known_errors"."category" in ('workplace_pc', 'printer', 'telephone', 'application', 'network', 'email', 'access_rights', 'other')),
	CONSTRAINT "it_known_errors_status_check" CHECK ("it_known_errors"."status" in ('investigating', 'workaround', 'fixed', 'proposed'))
);
--> statement-breakpoint
ALTER TABLE "it_known_errors" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_outage_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"outage_id" uuid NOT NULL,
	"contact_id" uuid,
	"reporter_name" text,
	"department_name" text,
	"at" timestamp with time zone NOT NULL,
	"recorded_by_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "it_outage_calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_outages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" varchar(30) NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"caller_message" text NOT NULL,
	"it_ticket_number" varchar(60),
	"status" varchar(10) DEFAULT 'active' NOT NULL,
	"call_count" integer DEFAULT 0 NOT NULL,
	"declared_by_name" text NOT NULL,
	"declared_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_name" text,
	"close_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "it_outages_category_check" CHECK ("it_outages"."category" in ('workplace_pc', 'printer', 'telephone', 'application', 'network', 'email', 'access_rights', 'other')),
	CONSTRAINT "it_outages_status_check" CHECK ("it_outages"."status" in ('active', 'closed')),
	CONSTRAINT "it_outages_closed_check" CHECK ("it_outages"."status" = 'active' or "it_outages"."closed_at" is not null)
);
--> statement-breakpoint
ALTER TABLE "it_outages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "it_status_receipts" (
	"signature" varchar(80) PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"fault_id" uuid NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "it_status_receipts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "it_deliveries" ADD CONSTRAINT "it_deliveries_fault_id_it_faults_id_fk" FOREIGN KEY ("fault_id") REFERENCES "public"."it_faults"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "it_deliveries" ADD CONSTRAINT "it_deliveries_outage_id_it_outages_id_fk" FOREIGN KEY ("outage_id") REFERENCES "public"."it_outages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "it_fault_events" ADD CONSTRAINT "it_fault_events_fault_id_it_faults_id_fk" FOREIGN KEY ("fault_id") REFERENCES "public"."it_faults"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "it_faults" ADD CONSTRAINT "it_faults_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "it_faults" ADD CONSTRAINT "it_faults_known_error_id_it_known_errors_id_fk" FOREIGN KEY ("known_error_id") REFERENCES "public"."it_known_errors"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "it_outage_calls" ADD CONSTRAINT "it_outage_calls_outage_id_it_outages_id_fk" FOREIGN KEY ("outage_id") REFERENCES "public"."it_outages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "it_deliveries_key_uq" ON "it_deliveries" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "it_deliveries_due_idx" ON "it_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "it_fault_events_fault_idx" ON "it_fault_events" USING btree ("fault_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "it_faults_reference_uq" ON "it_faults" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "it_faults_status_idx" ON "it_faults" USING btree ("tenant_id","status","reported_at");--> statement-breakpoint
CREATE INDEX "it_known_errors_search_trgm" ON "it_known_errors" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "it_known_errors_fts" ON "it_known_errors" USING gin (to_tsvector('german', "search_text"));--> statement-breakpoint
CREATE INDEX "it_outage_calls_outage_idx" ON "it_outage_calls" USING btree ("outage_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "it_outage_calls_contact_uq" ON "it_outage_calls" USING btree ("outage_id","contact_id");--> statement-breakpoint
CREATE INDEX "it_outages_status_idx" ON "it_outages" USING btree ("status","declared_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_deliveries" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_fault_events" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_faults" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_known_errors" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_outage_calls" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_outages" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "it_status_receipts" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);