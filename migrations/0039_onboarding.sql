CREATE TABLE "onboarding_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"step_key" varchar(30) NOT NULL,
	"file_name" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"content_base64" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "onboarding_documents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "onboarding_steps" (
	"tenant_id" uuid NOT NULL,
	"step_key" varchar(30) NOT NULL,
	"owner" varchar(20) NOT NULL,
	"status" varchar(20) DEFAULT 'open' NOT NULL,
	"due_on" date,
	"done_on" date,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "onboarding_steps_tenant_id_step_key_pk" PRIMARY KEY("tenant_id","step_key"),
	CONSTRAINT "onboarding_steps_key_check" CHECK ("onboarding_steps"."step_key" in ('tasks', 'technical', 'data_protection', 'cost_refund', 'term')),
	CONSTRAINT "onboarding_steps_owner_check" CHECK ("onboarding_steps"."owner" in ('center', 'municipality')),
	CONSTRAINT "onboarding_steps_status_check" CHECK ("onboarding_steps"."status" in ('open', 'in_progress', 'done')),
	CONSTRAINT "onboarding_steps_done_check" CHECK (("onboarding_steps"."status" = 'done') = ("onboarding_steps"."done_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "onboarding_steps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "tenant_onboarding" (
	"tenant_id" uuid PRIMARY KEY NOT NULL,
	"answered_categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"forwarded_services" text,
	"includes_bookings" boolean DEFAULT false NOT NULL,
	"booked_services" text,
	"technical_notes" text,
	"processing_agreement_signed_on" date,
	"notice_months" smallint,
	"retention_months" smallint DEFAULT 6 NOT NULL,
	"go_live_on" date,
	"go_live_lifecycle" varchar(10),
	"go_live_override_reason" text,
	"go_live_checked_at" timestamp with time zone,
	"go_live_outcome" text,
	"leaving_on" date,
	"exported_at" timestamp with time zone,
	"deletion_due_on" date,
	"deleted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tenant_onboarding_go_live_lifecycle_check" CHECK ("tenant_onboarding"."go_live_lifecycle" is null or "tenant_onboarding"."go_live_lifecycle" in ('pilot', 'live')),
	CONSTRAINT "tenant_onboarding_go_live_pair_check" CHECK (("tenant_onboarding"."go_live_on" is null) = ("tenant_onboarding"."go_live_lifecycle" is null)),
	CONSTRAINT "tenant_onboarding_notice_check" CHECK ("tenant_onboarding"."notice_months" is null or "tenant_onboarding"."notice_months" between 0 and 60),
	CONSTRAINT "tenant_onboarding_retention_check" CHECK ("tenant_onboarding"."retention_months" between 0 and 120)
);
--> statement-breakpoint
ALTER TABLE "tenant_onboarding" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "onboarding_documents" ADD CONSTRAINT "onboarding_documents_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "onboarding_steps" ADD CONSTRAINT "onboarding_steps_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_onboarding" ADD CONSTRAINT "tenant_onboarding_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "onboarding_documents_tenant_idx" ON "onboarding_documents" USING btree ("tenant_id","step_key");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "onboarding_documents" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "onboarding_steps" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tenant_onboarding" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);