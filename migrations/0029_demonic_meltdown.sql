CREATE TABLE "knowledge_lexeme_stats" (
	"lexeme" text PRIMARY KEY NOT NULL,
	"documents" integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX "knowledge_lexeme_stats_prefix_idx" ON "knowledge_lexeme_stats" USING btree ("lexeme" text_pattern_ops);