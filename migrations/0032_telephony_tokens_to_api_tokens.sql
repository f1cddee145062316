-- The telephone systems' bearer tokens become API tokens (decision 0131): same SHA-256 hash,
-- so every configured telephone system keeps working with the token it has. Scope
-- telephony:events, subject = the system. No expiry (they had none): admins see that in the
-- token list and rotate them. The last event stands in for the last use.
INSERT INTO "api_tokens" ("name", "scopes", "token_hash", "subject_type", "subject_id", "created_at", "created_by", "expires_at", "revoked_at", "revoked_by", "last_used_at")
SELECT 'Telefonanlage ' || ts."name", ARRAY['telephony:events'], ts."token_hash", 'telephone_system', ts."id", ts."created_at", 'Übernahme (Migration)', NULL,
       CASE WHEN ts."active" THEN NULL ELSE ts."created_at" END, CASE WHEN ts."active" THEN NULL ELSE 'Übernahme (Anlage inaktiv)' END, ts."last_event_at"
FROM "telephone_systems" ts
ON CONFLICT ("token_hash") DO NOTHING;
