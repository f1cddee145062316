CREATE TABLE "call_rollups" (
	"interval_start" timestamp with time zone NOT NULL,
	"tenant_id" uuid,
	"queue_name" varchar(80) DEFAULT '' NOT NULL,
	"agent_key" varchar(80) DEFAULT '' NOT NULL,
	"agent_name" text,
	"offered" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"answered_within_target" integer DEFAULT 0 NOT NULL,
	"abandoned" integer DEFAULT 0 NOT NULL,
	"short_abandoned" integer DEFAULT 0 NOT NULL,
	"callbacks" integer DEFAULT 0 NOT NULL,
	"undecided" integer DEFAULT 0 NOT NULL,
	"answer_wait_seconds" integer DEFAULT 0 NOT NULL,
	"talk_seconds" integer DEFAULT 0 NOT NULL,
	"talked_calls" integer DEFAULT 0 NOT NULL,
	"wrap_up_seconds" integer DEFAULT 0 NOT NULL,
	"wrapped_calls" integer DEFAULT 0 NOT NULL,
	"transferred" integer DEFAULT 0 NOT NULL,
	"longest_wait_seconds" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "call_rollups_cell_uq" UNIQUE NULLS NOT DISTINCT("interval_start","tenant_id","queue_name","agent_key")
);
--> statement-breakpoint
ALTER TABLE "call_rollups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "call_rollups_tenant_interval_idx" ON "call_rollups" USING btree ("tenant_id","interval_start");--> statement-breakpoint
CREATE INDEX "call_rollups_interval_idx" ON "call_rollups" USING btree ("interval_start");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "call_rollups" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);