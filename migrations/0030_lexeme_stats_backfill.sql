-- Document frequencies for the search's word weights (IDF) of an existing catalogue; the indexer keeps them from now on.
INSERT INTO "knowledge_lexeme_stats" ("lexeme", "documents")
SELECT word, ndoc FROM ts_stat($$select search_vector from knowledge_services where status = 'published' and search_vector is not null$$, 'abc');
--> statement-breakpoint
INSERT INTO "knowledge_lexeme_stats" ("lexeme", "documents")
SELECT '#documents', count(*)::int FROM knowledge_services WHERE status = 'published';
