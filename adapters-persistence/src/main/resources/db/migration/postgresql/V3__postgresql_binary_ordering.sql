-- Keyset pages compare (sort value, id) in the database and in Java alike: the applicant's name is
-- compared in binary (code point) order whatever the database's default locale. Ids need nothing:
-- UUIDs have their dashes in the same places, so every collation orders them as Java does.
ALTER TABLE application ALTER COLUMN applicant_name TYPE VARCHAR(200) COLLATE "C";

-- The list's text search (a part of the applicant's name, or the start of its credit code) is served
-- by indexes too: trigrams for "contains", a pattern index for "starts with". pg_trgm is a trusted
-- extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX application_name_trgm_ix ON application USING gin (lower(applicant_name) gin_trgm_ops);
CREATE INDEX application_uscc_pattern_ix ON application (applicant_uscc varchar_pattern_ops);
