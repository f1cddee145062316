ALTER TABLE "work_items" ADD COLUMN "reference_code" varchar(24);--> statement-breakpoint
CREATE UNIQUE INDEX "work_items_reference_uq" ON "work_items" USING btree ("reference_code");