CREATE TABLE "knowledge_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid,
	"leika_key" varchar(14) NOT NULL,
	"part" varchar(10) NOT NULL,
	"content" jsonb NOT NULL,
	"base_version" integer,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"created_by" text NOT NULL,
	"submitted_by" text,
	"submitted_at" timestamp with time zone,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"review_comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "knowledge_drafts_part_check" CHECK ("knowledge_drafts"."part" in ('shared', 'local')),
	CONSTRAINT "knowledge_drafts_status_check" CHECK ("knowledge_drafts"."status" in ('draft', 'in_review', 'published', 'rejected', 'withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "knowledge_drafts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "knowledge_local_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"unit_name" text NOT NULL,
	"street" text,
	"postal_code" varchar(5),
	"city" text,
	"opening_hours" text,
	"phone" text,
	"email" text,
	"web" text,
	"local_fees" text,
	"local_notes" text,
	"review_due" date NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "knowledge_local_parts_tenant_service_uq" UNIQUE("tenant_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "knowledge_local_parts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "knowledge_searches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"query" text NOT NULL,
	"result_count" integer NOT NULL,
	"top_leika_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"clicked_leika_key" varchar(14),
	"clicked_at" timestamp with time zone,
	"documented_leika_key" varchar(14),
	"resolved" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "knowledge_searches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "knowledge_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"leika_key" varchar(14) NOT NULL,
	"ozg_id" varchar(30),
	"title" text NOT NULL,
	"category" varchar(40) NOT NULL,
	"responsibility" varchar(20) DEFAULT 'municipality' NOT NULL,
	"short_text" text NOT NULL,
	"full_text" text,
	"eligibility" text,
	"required_documents" text,
	"fees" text,
	"deadlines" text,
	"processing_time" text,
	"procedure" text,
	"legal_basis" text,
	"forms" text,
	"online_service_url" text,
	"notes" text,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"compound_parts" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector",
	"search_text" text DEFAULT '' NOT NULL,
	"popularity" real DEFAULT 1 NOT NULL,
	"status" varchar(20) DEFAULT 'published' NOT NULL,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"review_due" date NOT NULL,
	"verified_by" text,
	"verified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "knowledge_services_leika_key_unique" UNIQUE("leika_key"),
	CONSTRAINT "knowledge_services_leika_check" CHECK ("knowledge_services"."leika_key" ~ '^[0-9]{14}$'),
	CONSTRAINT "knowledge_services_responsibility_check" CHECK ("knowledge_services"."responsibility" in ('municipality', 'region', 'region_or_host')),
	CONSTRAINT "knowledge_services_status_check" CHECK ("knowledge_services"."status" in ('published', 'archived'))
);
--> statement-breakpoint
CREATE TABLE "knowledge_synonyms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term" text NOT NULL,
	"expansion" text NOT NULL,
	"leika_key" varchar(14),
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_synonyms_term_unique" UNIQUE("term"),
	CONSTRAINT "knowledge_synonyms_term_check" CHECK ("knowledge_synonyms"."term" = lower("knowledge_synonyms"."term") and length("knowledge_synonyms"."term") between 2 and 80)
);
--> statement-breakpoint
CREATE TABLE "knowledge_terms" (
	"word" text PRIMARY KEY NOT NULL,
	"frequency" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "knowledge_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"part" varchar(10) NOT NULL,
	"version_no" integer NOT NULL,
	"content" jsonb NOT NULL,
	"diff" jsonb NOT NULL,
	"source" varchar(20) NOT NULL,
	"draft_id" uuid,
	"published_by" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "knowledge_versions_uq" UNIQUE("tenant_id","service_id","part","version_no")
);
--> statement-breakpoint
ALTER TABLE "knowledge_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "knowledge_drafts" ADD CONSTRAINT "knowledge_drafts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_drafts" ADD CONSTRAINT "knowledge_drafts_service_id_knowledge_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."knowledge_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_local_parts" ADD CONSTRAINT "knowledge_local_parts_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_local_parts" ADD CONSTRAINT "knowledge_local_parts_service_id_knowledge_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."knowledge_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_searches" ADD CONSTRAINT "knowledge_searches_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_versions" ADD CONSTRAINT "knowledge_versions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "knowledge_versions" ADD CONSTRAINT "knowledge_versions_service_id_knowledge_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."knowledge_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "knowledge_local_parts_service_idx" ON "knowledge_local_parts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "knowledge_searches_tenant_created_idx" ON "knowledge_searches" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "knowledge_searches_actor_idx" ON "knowledge_searches" USING btree ("actor_user_id","created_at");--> statement-breakpoint
CREATE INDEX "knowledge_services_search_idx" ON "knowledge_services" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "knowledge_services_trgm_idx" ON "knowledge_services" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "knowledge_terms_trgm_idx" ON "knowledge_terms" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "knowledge_terms_prefix_idx" ON "knowledge_terms" USING btree ("word" text_pattern_ops);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "knowledge_drafts" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "knowledge_local_parts" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "knowledge_searches" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "knowledge_versions" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);