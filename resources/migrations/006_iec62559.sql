-- Casebook schema 6: use cases at IEC 62559-2 depth.
-- The development context is given per country (the document's development_contexts), so a
-- record can have several; this facet table holds them for search and counts, as the other facet
-- tables do. The use_cases.development_context column is no longer read.
-- Documents in the earlier form are read and converted by the application (LegacyRecordForm), so
-- they are not rewritten here: a migration must not create a history entry for every record.

CREATE TABLE use_case_contexts (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    context TEXT NOT NULL,
    PRIMARY KEY (use_case_id, context)
) WITHOUT ROWID;
CREATE INDEX use_case_contexts_context ON use_case_contexts (context);

INSERT OR IGNORE INTO use_case_contexts
    SELECT id, development_context FROM use_cases WHERE development_context <> '';

DROP TRIGGER use_cases_facets_insert;
DROP TRIGGER use_cases_facets_update;

CREATE TRIGGER use_cases_facets_insert AFTER INSERT ON use_cases
BEGIN
    INSERT OR IGNORE INTO use_case_verticals SELECT new.id, value FROM json_each(new.document, '$.verticals');
    INSERT OR IGNORE INTO use_case_sdgs SELECT new.id, value FROM json_each(new.document, '$.sdgs');
    INSERT OR IGNORE INTO use_case_regions SELECT new.id, value FROM json_each(new.document, '$.regions');
    INSERT OR IGNORE INTO use_case_countries SELECT new.id, value FROM json_each(new.document, '$.countries');
    INSERT OR IGNORE INTO use_case_contexts
        SELECT new.id, json_extract(value, '$.context') FROM json_each(new.document, '$.development_contexts')
        WHERE coalesce(json_extract(value, '$.context'), '') <> '';
    INSERT OR IGNORE INTO use_case_attachments
        SELECT new.id, json_extract(value, '$.sha256') FROM json_each(new.document, '$.attachments');
END;

CREATE TRIGGER use_cases_facets_update AFTER UPDATE OF document ON use_cases
BEGIN
    DELETE FROM use_case_verticals WHERE use_case_id = old.id;
    DELETE FROM use_case_sdgs WHERE use_case_id = old.id;
    DELETE FROM use_case_regions WHERE use_case_id = old.id;
    DELETE FROM use_case_countries WHERE use_case_id = old.id;
    DELETE FROM use_case_contexts WHERE use_case_id = old.id;
    DELETE FROM use_case_attachments WHERE use_case_id = old.id;
    INSERT OR IGNORE INTO use_case_verticals SELECT new.id, value FROM json_each(new.document, '$.verticals');
    INSERT OR IGNORE INTO use_case_sdgs SELECT new.id, value FROM json_each(new.document, '$.sdgs');
    INSERT OR IGNORE INTO use_case_regions SELECT new.id, value FROM json_each(new.document, '$.regions');
    INSERT OR IGNORE INTO use_case_countries SELECT new.id, value FROM json_each(new.document, '$.countries');
    INSERT OR IGNORE INTO use_case_contexts
        SELECT new.id, json_extract(value, '$.context') FROM json_each(new.document, '$.development_contexts')
        WHERE coalesce(json_extract(value, '$.context'), '') <> '';
    INSERT OR IGNORE INTO use_case_attachments
        SELECT new.id, json_extract(value, '$.sha256') FROM json_each(new.document, '$.attachments');
END;
