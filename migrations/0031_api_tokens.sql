CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"name" text NOT NULL,
	"scopes" text[] NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"token_prefix" varchar(16),
	"subject_type" varchar(40),
	"subject_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by" text,
	"last_used_at" timestamp with time zone,
	"last_used_ip" varchar(64),
	CONSTRAINT "api_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "api_tokens_subject_idx" ON "api_tokens" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "api_tokens" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);