-- Keyset pages compare (sort value, id) in the database and in Java alike: the applicant's name is
-- compared in binary (code point) order whatever the database's default locale. Ids need nothing:
-- UUIDs have their dashes in the same places, so every collation orders them as Java does.
ALTER TABLE application ALTER COLUMN applicant_name TYPE VARCHAR(200) COLLATE "C";

-- The list's text search (a part of the applicant's name, or the start of its credit code) is served
-- by indexes too: trigrams for "contains", a pattern index for "starts with". pg_trgm is a trusted
-- extension the database owner may create; it lives in schema "extensions" (or wherever an earlier
-- installation put it), so that the application's own schema can be dropped and recreated freely.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    CREATE SCHEMA IF NOT EXISTS extensions;
    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA extensions;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX application_name_trgm_ix ON application USING gin (lower(applicant_name) %I.gin_trgm_ops)',
        trgm_schema);
END $$;
CREATE INDEX application_uscc_pattern_ix ON application (applicant_uscc varchar_pattern_ops);
