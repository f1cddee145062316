CREATE TABLE "staffing_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"request" jsonb NOT NULL,
	"created_by" uuid,
	"created_by_name" text NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "staffing_scenarios_name_check" CHECK (char_length("staffing_scenarios"."name") between 1 and 120)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "staffing_scenarios_name_uq" ON "staffing_scenarios" USING btree (lower("name"));