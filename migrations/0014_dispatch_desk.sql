CREATE SEQUENCE "public"."dispatch_incident_number_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "dispatch_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL,
	"assigned_by_name" text NOT NULL,
	"distance_meters" integer,
	"acknowledged_at" timestamp with time zone,
	"en_route_at" timestamp with time zone,
	"on_scene_at" timestamp with time zone,
	"released_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "dispatch_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_incident_callers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"from_incident_id" uuid,
	"callback_number" varchar(40),
	"reported_at" timestamp with time zone NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_incident_callers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_incident_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"incident_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" varchar(20) NOT NULL,
	"text" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"unit_id" uuid,
	"details" jsonb
);
--> statement-breakpoint
ALTER TABLE "dispatch_incident_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" varchar(20) NOT NULL,
	"category" varchar(30) NOT NULL,
	"priority" smallint NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" varchar(20) DEFAULT 'received' NOT NULL,
	"location_label" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"district" text,
	"municipality" text NOT NULL,
	"location_source" varchar(20) NOT NULL,
	"is_location_approximate" boolean DEFAULT false NOT NULL,
	"callback_number" varchar(40),
	"reporting_channel" varchar(20) DEFAULT 'phone' NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"contact_id" uuid,
	"received_at" timestamp with time zone NOT NULL,
	"assigned_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"en_route_at" timestamp with time zone,
	"on_scene_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"close_result" varchar(20),
	"close_note" text,
	"reopened_at" timestamp with time zone,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"merged_into_id" uuid,
	"personal_data_purged_at" timestamp with time zone,
	"created_by_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dispatch_incidents_category_check" CHECK ("dispatch_incidents"."category" in ('noise', 'parking_driveway', 'parking_fire_lane', 'dumped_waste', 'aggressive_begging', 'dog_off_lead', 'dangerous_dog', 'youth_protection', 'alcohol_ban_zone', 'damaged_street_furniture', 'public_hazard', 'other')),
	CONSTRAINT "dispatch_incidents_status_check" CHECK ("dispatch_incidents"."status" in ('received', 'assigned', 'acknowledged', 'en_route', 'on_scene', 'finished', 'closed', 'merged')),
	CONSTRAINT "dispatch_incidents_priority_check" CHECK ("dispatch_incidents"."priority" between 1 and 3),
	CONSTRAINT "dispatch_incidents_result_check" CHECK ("dispatch_incidents"."close_result" is null or "dispatch_incidents"."close_result" in ('resolved', 'warning_given', 'fine_notice', 'handed_to_police', 'nothing_found', 'cancelled')),
	CONSTRAINT "dispatch_incidents_closed_check" CHECK ("dispatch_incidents"."status" <> 'closed' or ("dispatch_incidents"."closed_at" is not null and "dispatch_incidents"."close_result" is not null)),
	CONSTRAINT "dispatch_incidents_lat_check" CHECK ("dispatch_incidents"."lat" between -90 and 90 and "dispatch_incidents"."lon" between -180 and 180)
);
--> statement-breakpoint
ALTER TABLE "dispatch_incidents" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_place_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"format" varchar(20) NOT NULL,
	"file_name" text NOT NULL,
	"outcome" varchar(10) NOT NULL,
	"row_count" integer NOT NULL,
	"accepted_count" integer NOT NULL,
	"replaced_count" integer DEFAULT 0 NOT NULL,
	"errors" jsonb NOT NULL,
	"attribution" text,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_place_imports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" varchar(10) NOT NULL,
	"name" text NOT NULL,
	"house_number" varchar(12),
	"postal_code" varchar(5),
	"municipality" text NOT NULL,
	"district" text,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"end_lat" double precision,
	"end_lon" double precision,
	"house_from" integer,
	"house_to" integer,
	"search_key" text NOT NULL,
	"source" varchar(20) NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispatch_places_kind_check" CHECK ("dispatch_places"."kind" in ('address', 'street', 'place'))
);
--> statement-breakpoint
ALTER TABLE "dispatch_places" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_shift_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"kind" varchar(12) NOT NULL,
	"text" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_shift_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"name" text NOT NULL,
	"staff_number" varchar(20) NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_staff" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_unit_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"staff_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_unit_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_unit_status_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"status_code" smallint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"incident_id" uuid,
	"source" varchar(12) NOT NULL,
	"actor_name" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dispatch_unit_status_log" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "dispatch_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"call_sign" varchar(30) NOT NULL,
	"mobility" varchar(10) NOT NULL,
	"vehicle" text,
	"status_code" smallint DEFAULT 6 NOT NULL,
	"status_at" timestamp with time zone NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"position_source" varchar(12),
	"position_at" timestamp with time zone,
	"shift_label" text,
	"shift_starts_at" timestamp with time zone,
	"shift_ends_at" timestamp with time zone,
	"base_label" text,
	"base_lat" double precision,
	"base_lon" double precision,
	"patrol_token_hash" varchar(64),
	"patrol_token_expires_at" timestamp with time zone,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dispatch_units_status_check" CHECK ("dispatch_units"."status_code" between 1 and 6),
	CONSTRAINT "dispatch_units_mobility_check" CHECK ("dispatch_units"."mobility" in ('vehicle', 'foot', 'bicycle'))
);
--> statement-breakpoint
ALTER TABLE "dispatch_units" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "dispatch_assignments" ADD CONSTRAINT "dispatch_assignments_incident_id_dispatch_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."dispatch_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_assignments" ADD CONSTRAINT "dispatch_assignments_unit_id_dispatch_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."dispatch_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_incident_callers" ADD CONSTRAINT "dispatch_incident_callers_incident_id_dispatch_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."dispatch_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_incident_log" ADD CONSTRAINT "dispatch_incident_log_incident_id_dispatch_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."dispatch_incidents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_unit_members" ADD CONSTRAINT "dispatch_unit_members_unit_id_dispatch_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."dispatch_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_unit_members" ADD CONSTRAINT "dispatch_unit_members_staff_id_dispatch_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."dispatch_staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispatch_unit_status_log" ADD CONSTRAINT "dispatch_unit_status_log_unit_id_dispatch_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."dispatch_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dispatch_assignments_incident_idx" ON "dispatch_assignments" USING btree ("incident_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_assignments_active_unit_uq" ON "dispatch_assignments" USING btree ("unit_id") WHERE "dispatch_assignments"."released_at" is null;--> statement-breakpoint
CREATE INDEX "dispatch_incident_callers_incident_idx" ON "dispatch_incident_callers" USING btree ("incident_id");--> statement-breakpoint
CREATE INDEX "dispatch_incident_log_incident_idx" ON "dispatch_incident_log" USING btree ("incident_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_incidents_number_uq" ON "dispatch_incidents" USING btree ("number");--> statement-breakpoint
CREATE INDEX "dispatch_incidents_status_idx" ON "dispatch_incidents" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "dispatch_incidents_received_idx" ON "dispatch_incidents" USING btree ("tenant_id","received_at");--> statement-breakpoint
CREATE INDEX "dispatch_places_search_trgm_idx" ON "dispatch_places" USING gin ("search_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "dispatch_places_key_idx" ON "dispatch_places" USING btree ("search_key","house_number");--> statement-breakpoint
CREATE INDEX "dispatch_shift_log_at_idx" ON "dispatch_shift_log" USING btree ("tenant_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_staff_number_uq" ON "dispatch_staff" USING btree ("tenant_id","staff_number");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_unit_members_uq" ON "dispatch_unit_members" USING btree ("unit_id","staff_id");--> statement-breakpoint
CREATE INDEX "dispatch_unit_members_staff_idx" ON "dispatch_unit_members" USING btree ("staff_id");--> statement-breakpoint
CREATE INDEX "dispatch_unit_status_log_unit_idx" ON "dispatch_unit_status_log" USING btree ("unit_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_units_call_sign_uq" ON "dispatch_units" USING btree ("tenant_id","call_sign");--> statement-breakpoint
CREATE UNIQUE INDEX "dispatch_units_token_uq" ON "dispatch_units" USING btree ("patrol_token_hash");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_assignments" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_incident_callers" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_incident_log" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_incidents" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_place_imports" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_places" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_shift_log" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_staff" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_unit_members" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_unit_status_log" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "dispatch_units" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);