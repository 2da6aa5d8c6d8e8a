-- Keyset pages compare (sort value, id) in the database and in Java alike: the applicant's name is
-- compared in binary (code point) order whatever the database's default locale. Ids need nothing:
-- UUIDs have their dashes in the same places, so every collation orders them as Java does.
ALTER TABLE application ALTER COLUMN applicant_name TYPE VARCHAR(200) COLLATE "C";
