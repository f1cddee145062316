-- Never double-booked, enforced by the database: no two claims (booking, hold,
-- waiting-list offer, anti-trading block) may occupy the same seat of the same
-- location at overlapping times. A racing second booking gets 23P01 or, with
-- INSERT ... ON CONFLICT DO NOTHING, no row. Needs btree_gist (migration 0000).
ALTER TABLE "appointment_claims"
  ADD CONSTRAINT "appointment_claims_no_overlap"
  EXCLUDE USING gist ("location_id" WITH =, "seat" WITH =, "during" WITH &&);
--> statement-breakpoint
-- A claim's range must be a proper, bounded [start, end) interval.
ALTER TABLE "appointment_claims"
  ADD CONSTRAINT "appointment_claims_range_check"
  CHECK (NOT isempty("during") AND lower_inc("during") AND NOT upper_inc("during") AND NOT lower_inf("during") AND NOT upper_inf("during"));
--> statement-breakpoint
-- At most one live claim per booked appointment.
CREATE UNIQUE INDEX "appointment_claims_one_per_appointment" ON "appointment_claims" ("appointment_id") WHERE "kind" = 'booking';
