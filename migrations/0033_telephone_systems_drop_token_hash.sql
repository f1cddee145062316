ALTER TABLE "telephone_systems" DROP CONSTRAINT "telephone_systems_token_hash_unique";--> statement-breakpoint
ALTER TABLE "telephone_systems" DROP COLUMN "token_hash";