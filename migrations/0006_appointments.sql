CREATE TABLE "appointment_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"seat" smallint NOT NULL,
	"during" "tstzrange" NOT NULL,
	"kind" varchar(20) NOT NULL,
	"channel" varchar(20) NOT NULL,
	"expires_at" timestamp with time zone,
	"appointment_id" uuid,
	"waitlist_entry_id" uuid,
	"secret_hash" text,
	"services" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_claims_kind_check" CHECK ("appointment_claims"."kind" in ('hold', 'booking', 'cancel_block', 'offer')),
	CONSTRAINT "appointment_claims_channel_check" CHECK ("appointment_claims"."channel" in ('online', 'callcenter', 'internal')),
	CONSTRAINT "appointment_claims_seat_check" CHECK ("appointment_claims"."seat" >= 1),
	CONSTRAINT "appointment_claims_expiry_check" CHECK (("appointment_claims"."kind" = 'booking') = ("appointment_claims"."expires_at" is null))
);
--> statement-breakpoint
ALTER TABLE "appointment_claims" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_day_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"day" date NOT NULL,
	"closed" boolean NOT NULL,
	"opens" time,
	"closes" time,
	"seats" smallint,
	"callcenter_seats" smallint,
	"online_seats" smallint,
	"reason" text NOT NULL,
	CONSTRAINT "appointment_exceptions_shape_check" CHECK ("appointment_day_exceptions"."closed" or ("appointment_day_exceptions"."opens" < "appointment_day_exceptions"."closes" and "appointment_day_exceptions"."seats" >= 1))
);
--> statement-breakpoint
ALTER TABLE "appointment_day_exceptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_location_services" (
	"tenant_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	CONSTRAINT "appointment_location_services_location_id_service_id_pk" PRIMARY KEY("location_id","service_id")
);
--> statement-breakpoint
ALTER TABLE "appointment_location_services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_locations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" varchar(30) NOT NULL,
	"name" text NOT NULL,
	"street" text NOT NULL,
	"postal_code" varchar(5) NOT NULL,
	"city" text NOT NULL,
	"phone" text,
	"email" text,
	"accessibility" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"slot_minutes" smallint DEFAULT 15 NOT NULL,
	"cancel_block_minutes" integer DEFAULT 60 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "appointment_locations_kind_check" CHECK ("appointment_locations"."kind" in ('buergerbuero', 'auslaenderbehoerde')),
	CONSTRAINT "appointment_locations_slot_check" CHECK ("appointment_locations"."slot_minutes" between 5 and 120),
	CONSTRAINT "appointment_locations_block_check" CHECK ("appointment_locations"."cancel_block_minutes" between 0 and 10080)
);
--> statement-breakpoint
ALTER TABLE "appointment_locations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"ics" text,
	"ics_method" varchar(10),
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_mail_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" time NOT NULL,
	"closes" time NOT NULL,
	"seats" smallint NOT NULL,
	"callcenter_seats" smallint NOT NULL,
	"online_seats" smallint NOT NULL,
	"valid_from" date,
	"valid_until" date,
	CONSTRAINT "appointment_hours_weekday_check" CHECK ("appointment_opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "appointment_hours_order_check" CHECK ("appointment_opening_hours"."opens" < "appointment_opening_hours"."closes"),
	CONSTRAINT "appointment_hours_seats_check" CHECK ("appointment_opening_hours"."online_seats" >= 0 and "appointment_opening_hours"."online_seats" <= "appointment_opening_hours"."callcenter_seats" and "appointment_opening_hours"."callcenter_seats" <= "appointment_opening_hours"."seats" and "appointment_opening_hours"."seats" between 1 and 50)
);
--> statement-breakpoint
ALTER TABLE "appointment_opening_hours" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_rate_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"bucket" varchar(100) NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointment_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" varchar(60) NOT NULL,
	"name" text NOT NULL,
	"leika_key" varchar(14),
	"duration_minutes" smallint NOT NULL,
	"horizon_days" smallint DEFAULT 42 NOT NULL,
	"lead_minutes" integer DEFAULT 60 NOT NULL,
	"max_quantity" smallint DEFAULT 1 NOT NULL,
	"bring" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_services_code_unique" UNIQUE("tenant_id","code"),
	CONSTRAINT "appointment_services_duration_check" CHECK ("appointment_services"."duration_minutes" between 5 and 240),
	CONSTRAINT "appointment_services_horizon_check" CHECK ("appointment_services"."horizon_days" between 1 and 365 and "appointment_services"."lead_minutes" >= 0),
	CONSTRAINT "appointment_services_quantity_check" CHECK ("appointment_services"."max_quantity" between 1 and 10)
);
--> statement-breakpoint
ALTER TABLE "appointment_services" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointment_waitlist" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"location_id" uuid,
	"services" jsonb NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"person_key" text NOT NULL,
	"earliest_date" date NOT NULL,
	"latest_date" date NOT NULL,
	"status" varchar(20) DEFAULT 'waiting' NOT NULL,
	"channel" varchar(20) NOT NULL,
	"offer_claim_id" uuid,
	"offer_secret_hash" text,
	"offer_expires_at" timestamp with time zone,
	"appointment_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_waitlist_status_check" CHECK ("appointment_waitlist"."status" in ('waiting', 'offered', 'booked', 'expired', 'withdrawn')),
	CONSTRAINT "appointment_waitlist_dates_check" CHECK ("appointment_waitlist"."earliest_date" <= "appointment_waitlist"."latest_date")
);
--> statement-breakpoint
ALTER TABLE "appointment_waitlist" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"reference" varchar(12) NOT NULL,
	"status" varchar(20) DEFAULT 'booked' NOT NULL,
	"channel" varchar(20) NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat" smallint NOT NULL,
	"services" jsonb NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"phone" text,
	"person_key" text NOT NULL,
	"cancel_code_hash" text NOT NULL,
	"idempotency_key" varchar(80) NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"booked_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "appointments_reference_unique" UNIQUE("reference"),
	CONSTRAINT "appointments_idempotency_key_unique" UNIQUE("idempotency_key"),
	CONSTRAINT "appointments_status_check" CHECK ("appointments"."status" in ('booked', 'checked_in', 'completed', 'no_show', 'cancelled')),
	CONSTRAINT "appointments_time_check" CHECK ("appointments"."starts_at" < "appointments"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "appointments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "appointment_claims" ADD CONSTRAINT "appointment_claims_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_day_exceptions" ADD CONSTRAINT "appointment_day_exceptions_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_location_services" ADD CONSTRAINT "appointment_location_services_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_location_services" ADD CONSTRAINT "appointment_location_services_service_id_appointment_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."appointment_services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_locations" ADD CONSTRAINT "appointment_locations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_opening_hours" ADD CONSTRAINT "appointment_opening_hours_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_services" ADD CONSTRAINT "appointment_services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_waitlist" ADD CONSTRAINT "appointment_waitlist_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_location_id_appointment_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."appointment_locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_claims_expiry_idx" ON "appointment_claims" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "appointment_claims_appointment_idx" ON "appointment_claims" USING btree ("appointment_id");--> statement-breakpoint
CREATE INDEX "appointment_outbox_pending_idx" ON "appointment_mail_outbox" USING btree ("sent_at","created_at");--> statement-breakpoint
CREATE INDEX "appointment_rate_bucket_idx" ON "appointment_rate_events" USING btree ("bucket","occurred_at");--> statement-breakpoint
CREATE INDEX "appointment_waitlist_queue_idx" ON "appointment_waitlist" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "appointments_day_idx" ON "appointments" USING btree ("location_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_email_idx" ON "appointments" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "appointments_person_idx" ON "appointments" USING btree ("tenant_id","person_key");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_claims" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_day_exceptions" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_location_services" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_locations" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_mail_outbox" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_opening_hours" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_services" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointment_waitlist" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "appointments" AS PERMISSIVE FOR ALL TO "dc_app" USING (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END) WITH CHECK (CASE WHEN current_setting('app.tenant_scope', true) = '*' THEN true ELSE tenant_id = ANY (string_to_array(nullif(current_setting('app.tenant_scope', true), ''), ',')::uuid[]) END);