CREATE TABLE "billing_cost_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"name" text NOT NULL,
	"category" varchar(20) NOT NULL,
	"bearer" varchar(20) NOT NULL,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"one_off_amount_cents" bigint,
	"booked_on" date,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "billing_cost_items_category_check" CHECK ("billing_cost_items"."category" in ('personnel', 'material', 'one_off', 'investment')),
	CONSTRAINT "billing_cost_items_bearer_check" CHECK ("billing_cost_items"."bearer" in ('participants', 'region', 'host')),
	CONSTRAINT "billing_cost_items_one_off_check" CHECK ("billing_cost_items"."one_off_amount_cents" is null or "billing_cost_items"."one_off_amount_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "billing_cost_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"title" text NOT NULL,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "billing_cost_plans_year_unique" UNIQUE("year")
);
--> statement-breakpoint
CREATE TABLE "billing_invoice_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "billing_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"status" varchar(20) DEFAULT 'draft' NOT NULL,
	"number" varchar(30),
	"period" varchar(7) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"issue_date" date,
	"due_date" date,
	"currency" varchar(3) DEFAULT 'EUR' NOT NULL,
	"net_cents" bigint NOT NULL,
	"vat_cents" bigint NOT NULL,
	"gross_cents" bigint NOT NULL,
	"corrects_invoice_id" uuid,
	"snapshot" jsonb NOT NULL,
	"xml" text,
	"created_by" text NOT NULL,
	"checked_by" text,
	"approved_by" text,
	"issued_by" text,
	"issued_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "billing_invoices_number_unique" UNIQUE("number"),
	CONSTRAINT "billing_invoices_kind_check" CHECK ("billing_invoices"."kind" in ('invoice', 'credit_note')),
	CONSTRAINT "billing_invoices_status_check" CHECK ("billing_invoices"."status" in ('draft', 'checked', 'approved', 'issued')),
	CONSTRAINT "billing_invoices_issued_check" CHECK ("billing_invoices"."status" <> 'issued' or ("billing_invoices"."number" is not null and "billing_invoices"."xml" is not null)),
	CONSTRAINT "billing_invoices_credit_check" CHECK (("billing_invoices"."kind" = 'credit_note') = ("billing_invoices"."corrects_invoice_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "billing_invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing_key_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"kind" varchar(30) NOT NULL,
	"monthly_cents" bigint,
	"inhabitants" integer,
	"inhabitants_as_of" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_key_versions_tenant_from_uq" UNIQUE("tenant_id","effective_from"),
	CONSTRAINT "billing_key_versions_kind_check" CHECK ("billing_key_versions"."kind" in ('per_contact', 'per_minute', 'per_inhabitant', 'base_plus_variable', 'fixed')),
	CONSTRAINT "billing_key_versions_params_check" CHECK (("billing_key_versions"."kind" not in ('fixed', 'base_plus_variable') or ("billing_key_versions"."monthly_cents" is not null and "billing_key_versions"."monthly_cents" >= 0))
      and ("billing_key_versions"."kind" <> 'per_inhabitant' or ("billing_key_versions"."inhabitants" is not null and "billing_key_versions"."inhabitants" >= 0 and "billing_key_versions"."inhabitants_as_of" is not null)))
);
--> statement-breakpoint
ALTER TABLE "billing_key_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "billing_settings" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"seller_name" text NOT NULL,
	"seller_street" text NOT NULL,
	"seller_postal_code" varchar(10) NOT NULL,
	"seller_city" text NOT NULL,
	"seller_identifier" text NOT NULL,
	"tax_number" text,
	"vat_id" text,
	"iban" varchar(34) NOT NULL,
	"bic" varchar(11),
	"account_name" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_phone" text NOT NULL,
	"contact_email" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing_cost_items" ADD CONSTRAINT "billing_cost_items_plan_id_billing_cost_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."billing_cost_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "billing_cost_items_plan_idx" ON "billing_cost_items" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "billing_invoices_tenant_period_idx" ON "billing_invoices" USING btree ("tenant_id","period");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "billing_invoices" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "billing_key_versions" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);