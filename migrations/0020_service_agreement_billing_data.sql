ALTER TABLE "service_agreements" ADD COLUMN "leitweg_id" varchar(46);--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_street" text;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_postal_code" varchar(10);--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_city" text;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_contact_name" text;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_contact_email" text;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_contact_phone" text;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "vat_treatment" varchar(20) DEFAULT 'not_taxable' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "payment_term_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD COLUMN "billing_cadence" varchar(10) DEFAULT 'month' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_agreements" ADD CONSTRAINT "sa_vat_treatment_check" CHECK ("service_agreements"."vat_treatment" in ('not_taxable', 'taxable'));--> statement-breakpoint
ALTER TABLE "service_agreements" ADD CONSTRAINT "sa_billing_cadence_check" CHECK ("service_agreements"."billing_cadence" in ('month', 'quarter'));--> statement-breakpoint
ALTER TABLE "service_agreements" ADD CONSTRAINT "sa_payment_term_check" CHECK ("service_agreements"."payment_term_days" between 0 and 120);