DROP INDEX "audit_log_actor_name_idx";--> statement-breakpoint
CREATE INDEX "audit_log_actor_name_id_idx" ON "audit_log" USING btree ("actor_name","id");