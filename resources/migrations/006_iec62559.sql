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

-- Gap filters of the search (gap:semantic, sdo:ETSI, question:Q2/20): the facets of a record's
-- gaps; the standards bodies it names (a gap's candidate SDO or a standard's body); the ITU-T
-- Questions it names (its own, and its gaps'). Compared without regard to case.
CREATE TABLE use_case_gap_facets (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    facet TEXT NOT NULL,
    PRIMARY KEY (use_case_id, facet)
) WITHOUT ROWID;
CREATE INDEX use_case_gap_facets_facet ON use_case_gap_facets (facet);

CREATE TABLE use_case_sdos (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    sdo TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (use_case_id, sdo)
) WITHOUT ROWID;
CREATE INDEX use_case_sdos_sdo ON use_case_sdos (sdo);

CREATE TABLE use_case_questions (
    use_case_id INTEGER NOT NULL REFERENCES use_cases (id) ON DELETE CASCADE,
    question TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (use_case_id, question)
) WITHOUT ROWID;
CREATE INDEX use_case_questions_question ON use_case_questions (question);

-- The rows for the records already stored (the same selections as the triggers below).
INSERT OR IGNORE INTO use_case_gap_facets
    SELECT u.id, json_extract(g.value, '$.facet') FROM use_cases AS u, json_each(u.document, '$.gaps') AS g
    WHERE coalesce(json_extract(g.value, '$.facet'), '') <> '';
INSERT OR IGNORE INTO use_case_sdos
    SELECT u.id, trim(json_extract(g.value, '$.candidate_sdo')) FROM use_cases AS u, json_each(u.document, '$.gaps') AS g
    WHERE trim(coalesce(json_extract(g.value, '$.candidate_sdo'), '')) <> '';
INSERT OR IGNORE INTO use_case_sdos
    SELECT u.id, trim(json_extract(s.value, '$.body')) FROM use_cases AS u, json_each(u.document, '$.standards') AS s
    WHERE trim(coalesce(json_extract(s.value, '$.body'), '')) <> '';
INSERT OR IGNORE INTO use_case_questions
    SELECT u.id, trim(json_extract(g.value, '$.question')) FROM use_cases AS u, json_each(u.document, '$.gaps') AS g
    WHERE trim(coalesce(json_extract(g.value, '$.question'), '')) <> '';

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
    INSERT OR IGNORE INTO use_case_gap_facets
        SELECT new.id, json_extract(value, '$.facet') FROM json_each(new.document, '$.gaps')
        WHERE coalesce(json_extract(value, '$.facet'), '') <> '';
    INSERT OR IGNORE INTO use_case_sdos
        SELECT new.id, trim(json_extract(value, '$.candidate_sdo')) FROM json_each(new.document, '$.gaps')
        WHERE trim(coalesce(json_extract(value, '$.candidate_sdo'), '')) <> '';
    INSERT OR IGNORE INTO use_case_sdos
        SELECT new.id, trim(json_extract(value, '$.body')) FROM json_each(new.document, '$.standards')
        WHERE trim(coalesce(json_extract(value, '$.body'), '')) <> '';
    INSERT OR IGNORE INTO use_case_questions
        SELECT new.id, trim(json_extract(value, '$.question')) FROM json_each(new.document, '$.gaps')
        WHERE trim(coalesce(json_extract(value, '$.question'), '')) <> '';
    INSERT OR IGNORE INTO use_case_questions
        SELECT new.id, trim(value) FROM json_each(new.document, '$.itu_questions') WHERE trim(value) <> '';
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
    DELETE FROM use_case_gap_facets WHERE use_case_id = old.id;
    DELETE FROM use_case_sdos WHERE use_case_id = old.id;
    DELETE FROM use_case_questions WHERE use_case_id = old.id;
    DELETE FROM use_case_attachments WHERE use_case_id = old.id;
    INSERT OR IGNORE INTO use_case_verticals SELECT new.id, value FROM json_each(new.document, '$.verticals');
    INSERT OR IGNORE INTO use_case_sdgs SELECT new.id, value FROM json_each(new.document, '$.sdgs');
    INSERT OR IGNORE INTO use_case_regions SELECT new.id, value FROM json_each(new.document, '$.regions');
    INSERT OR IGNORE INTO use_case_countries SELECT new.id, value FROM json_each(new.document, '$.countries');
    INSERT OR IGNORE INTO use_case_contexts
        SELECT new.id, json_extract(value, '$.context') FROM json_each(new.document, '$.development_contexts')
        WHERE coalesce(json_extract(value, '$.context'), '') <> '';
    INSERT OR IGNORE INTO use_case_gap_facets
        SELECT new.id, json_extract(value, '$.facet') FROM json_each(new.document, '$.gaps')
        WHERE coalesce(json_extract(value, '$.facet'), '') <> '';
    INSERT OR IGNORE INTO use_case_sdos
        SELECT new.id, trim(json_extract(value, '$.candidate_sdo')) FROM json_each(new.document, '$.gaps')
        WHERE trim(coalesce(json_extract(value, '$.candidate_sdo'), '')) <> '';
    INSERT OR IGNORE INTO use_case_sdos
        SELECT new.id, trim(json_extract(value, '$.body')) FROM json_each(new.document, '$.standards')
        WHERE trim(coalesce(json_extract(value, '$.body'), '')) <> '';
    INSERT OR IGNORE INTO use_case_questions
        SELECT new.id, trim(json_extract(value, '$.question')) FROM json_each(new.document, '$.gaps')
        WHERE trim(coalesce(json_extract(value, '$.question'), '')) <> '';
    INSERT OR IGNORE INTO use_case_questions
        SELECT new.id, trim(value) FROM json_each(new.document, '$.itu_questions') WHERE trim(value) <> '';
    INSERT OR IGNORE INTO use_case_attachments
        SELECT new.id, json_extract(value, '$.sha256') FROM json_each(new.document, '$.attachments');
END;
