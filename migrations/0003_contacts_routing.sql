CREATE TABLE "agent_state_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"state" varchar(20) NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "agent_states" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"state" varchar(20) NOT NULL,
	"since" timestamp with time zone DEFAULT now() NOT NULL,
	"display_name" text NOT NULL,
	CONSTRAINT "agent_states_state_check" CHECK ("agent_states"."state" in ('available', 'on_call', 'wrap_up', 'break', 'offline'))
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid,
	"channel" varchar(20) NOT NULL,
	"call_id" uuid,
	"work_item_id" uuid,
	"agent_user_id" uuid,
	"agent_name" text,
	"caller_number" varchar(40),
	"leika_key" varchar(14),
	"service_title" text,
	"outcome" varchar(30),
	"note" text,
	"status" varchar(20) DEFAULT 'open' NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"documented_at" timestamp with time zone,
	"wrap_up_seconds" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "contacts_channel_check" CHECK ("contacts"."channel" in ('phone', 'email', 'web_form', 'chat', 'callback')),
	CONSTRAINT "contacts_outcome_check" CHECK ("contacts"."outcome" is null or "contacts"."outcome" in ('answered_first_level', 'transferred', 'forwarded_second_level', 'appointment_booked', 'it_fault', 'public_order_incident', 'other')),
	CONSTRAINT "contacts_leika_check" CHECK ("contacts"."leika_key" is null or "contacts"."leika_key" ~ '^[0-9]{14}$'),
	CONSTRAINT "contacts_documented_check" CHECK ("contacts"."status" = 'open' or ("contacts"."tenant_id" is not null and "contacts"."outcome" is not null))
);
--> statement-breakpoint
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_lines" (
	"telephone_system_id" uuid NOT NULL,
	"external_agent_id" varchar(80) NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "agent_lines_telephone_system_id_external_agent_id_pk" PRIMARY KEY("telephone_system_id","external_agent_id")
);
--> statement-breakpoint
CREATE TABLE "call_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"telephone_system_id" uuid NOT NULL,
	"event_id" varchar(160) NOT NULL,
	"call_id" varchar(120) NOT NULL,
	"type" varchar(30) NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"caller_number" varchar(40),
	"dialled_number" varchar(30),
	"queue_name" varchar(80),
	"agent_id" varchar(80),
	"target" varchar(120),
	"tenant_id" uuid,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"telephone_system_id" uuid NOT NULL,
	"external_call_id" varchar(120) NOT NULL,
	"tenant_id" uuid,
	"tenant_name" text,
	"dialled_number" varchar(30),
	"caller_number" varchar(40),
	"queue_name" varchar(80),
	"agent_id" varchar(80),
	"agent_user_id" uuid,
	"agent_name" text,
	"status" varchar(20) NOT NULL,
	"offered_at" timestamp with time zone NOT NULL,
	"answered_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"wait_seconds" integer,
	"talk_seconds" integer,
	"is_transferred" boolean DEFAULT false NOT NULL,
	"transfer_target" varchar(120),
	"service_level_seconds" integer DEFAULT 30 NOT NULL,
	"short_abandon_seconds" integer DEFAULT 5 NOT NULL,
	"last_event_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calls_status_check" CHECK ("calls"."status" in ('queued', 'ringing', 'answered', 'completed', 'abandoned', 'callback'))
);
--> statement-breakpoint
ALTER TABLE "calls" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "telephone_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"token_hash" varchar(64) NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"last_event_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telephone_systems_name_unique" UNIQUE("name"),
	CONSTRAINT "telephone_systems_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "tenant_hotlines" (
	"dialled_number" varchar(30) PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"queue_name" varchar(80),
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "tenant_hotlines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "agent_skills" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"tenant_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{de}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tenant_id" uuid NOT NULL,
	"work_item_id" uuid NOT NULL,
	"author" varchar(10) NOT NULL,
	"author_name" text,
	"body" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "chat_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "work_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"channel" varchar(20) NOT NULL,
	"status" varchar(20) DEFAULT 'waiting' NOT NULL,
	"priority" integer DEFAULT 0 NOT NULL,
	"topic" varchar(60),
	"language" varchar(8) DEFAULT 'de' NOT NULL,
	"due_at" timestamp with time zone,
	"enqueued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"subject" text NOT NULL,
	"from_name" text,
	"from_address" text,
	"body" text,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"source_ref" varchar(250),
	"public_token" varchar(64),
	"assigned_user_id" uuid,
	"assigned_name" text,
	"offered_at" timestamp with time zone,
	"assigned_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "work_items_channel_check" CHECK ("work_items"."channel" in ('email', 'web_form', 'chat', 'callback')),
	CONSTRAINT "work_items_status_check" CHECK ("work_items"."status" in ('waiting', 'offered', 'assigned', 'done', 'cancelled')),
	CONSTRAINT "work_items_priority_check" CHECK ("work_items"."priority" between 0 and 2)
);
--> statement-breakpoint
ALTER TABLE "work_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "agent_states" ADD CONSTRAINT "agent_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_lines" ADD CONSTRAINT "agent_lines_telephone_system_id_telephone_systems_id_fk" FOREIGN KEY ("telephone_system_id") REFERENCES "public"."telephone_systems"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_lines" ADD CONSTRAINT "agent_lines_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenant_hotlines" ADD CONSTRAINT "tenant_hotlines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agent_skills" ADD CONSTRAINT "agent_skills_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chat_messages" ADD CONSTRAINT "chat_messages_work_item_id_work_items_id_fk" FOREIGN KEY ("work_item_id") REFERENCES "public"."work_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_items" ADD CONSTRAINT "work_items_assigned_user_id_users_id_fk" FOREIGN KEY ("assigned_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agent_state_log_user_idx" ON "agent_state_log" USING btree ("user_id","started_at");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_call_uq" ON "contacts" USING btree ("call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_work_item_uq" ON "contacts" USING btree ("work_item_id");--> statement-breakpoint
CREATE INDEX "contacts_tenant_started_idx" ON "contacts" USING btree ("tenant_id","started_at");--> statement-breakpoint
CREATE INDEX "contacts_status_idx" ON "contacts" USING btree ("status","started_at");--> statement-breakpoint
CREATE INDEX "contacts_agent_idx" ON "contacts" USING btree ("agent_user_id","started_at");--> statement-breakpoint
CREATE INDEX "contacts_caller_idx" ON "contacts" USING btree ("caller_number");--> statement-breakpoint
CREATE INDEX "agent_lines_user_idx" ON "agent_lines" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "call_events_system_event_uq" ON "call_events" USING btree ("telephone_system_id","event_id");--> statement-breakpoint
CREATE INDEX "call_events_system_call_idx" ON "call_events" USING btree ("telephone_system_id","call_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calls_system_call_uq" ON "calls" USING btree ("telephone_system_id","external_call_id");--> statement-breakpoint
CREATE INDEX "calls_offered_idx" ON "calls" USING btree ("offered_at");--> statement-breakpoint
CREATE INDEX "calls_tenant_offered_idx" ON "calls" USING btree ("tenant_id","offered_at");--> statement-breakpoint
CREATE INDEX "calls_caller_idx" ON "calls" USING btree ("caller_number");--> statement-breakpoint
CREATE INDEX "tenant_hotlines_queue_idx" ON "tenant_hotlines" USING btree ("queue_name");--> statement-breakpoint
CREATE INDEX "chat_messages_item_idx" ON "chat_messages" USING btree ("work_item_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_source_uq" ON "work_items" USING btree ("source_ref");--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_token_uq" ON "work_items" USING btree ("public_token");--> statement-breakpoint
CREATE INDEX "work_items_queue_idx" ON "work_items" USING btree ("status","priority","enqueued_at");--> statement-breakpoint
CREATE INDEX "work_items_assigned_idx" ON "work_items" USING btree ("assigned_user_id","status");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "contacts" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "call_events" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "calls" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tenant_hotlines" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chat_messages" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "work_items" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);