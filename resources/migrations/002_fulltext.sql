-- Casebook schema version 2: full-text search over every text field, kept in sync by triggers.
-- English words are stemmed (porter), so "sensors" finds "sensor"; accents are folded.

CREATE VIRTUAL TABLE use_cases_fts USING fts5 (
    code, title, summary, body, tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- What the index holds for one use case: every text value of the document outside the
-- identity and bookkeeping fields, plus the tag names.
CREATE VIEW use_case_fts_source AS
SELECT u.id AS id,
       u.code AS code,
       u.title AS title,
       coalesce(json_extract(u.document, '$.summary'), '') AS summary,
       coalesce((SELECT group_concat(j.value, ' ') FROM json_tree(u.document) AS j
                 WHERE j.type = 'text'
                   AND j.fullkey NOT IN ('$.uuid', '$.code', '$.title', '$.summary', '$.created_at',
                                         '$.modified_at', '$.modified_by', '$.language', '$.licence')
                   AND coalesce(j.key, '') NOT IN ('uuid', 'sha256', 'added_at', 'url')), '') AS body,
       coalesce((SELECT group_concat(t.name, ' ') FROM use_case_tags AS ut JOIN tags AS t ON t.id = ut.tag_id
                 WHERE ut.use_case_id = u.id), '') AS tags
FROM use_cases AS u;

CREATE TRIGGER use_cases_fts_insert AFTER INSERT ON use_cases
BEGIN
    INSERT INTO use_cases_fts (rowid, code, title, summary, body, tags)
        SELECT id, code, title, summary, body, tags FROM use_case_fts_source WHERE id = new.id;
END;

CREATE TRIGGER use_cases_fts_update AFTER UPDATE ON use_cases
BEGIN
    DELETE FROM use_cases_fts WHERE rowid = old.id;
    INSERT INTO use_cases_fts (rowid, code, title, summary, body, tags)
        SELECT id, code, title, summary, body, tags FROM use_case_fts_source WHERE id = new.id;
END;

CREATE TRIGGER use_cases_fts_delete AFTER DELETE ON use_cases
BEGIN
    DELETE FROM use_cases_fts WHERE rowid = old.id;
END;

-- Tag changes only rewrite the tags column: the body (all text of the document) stays as it is.
CREATE TRIGGER use_case_tags_fts_insert AFTER INSERT ON use_case_tags
BEGIN
    UPDATE use_cases_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM use_case_tags AS ut
                                              JOIN tags AS t ON t.id = ut.tag_id
                                              WHERE ut.use_case_id = new.use_case_id), '')
    WHERE rowid = new.use_case_id;
END;

CREATE TRIGGER use_case_tags_fts_delete AFTER DELETE ON use_case_tags
BEGIN
    UPDATE use_cases_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM use_case_tags AS ut
                                              JOIN tags AS t ON t.id = ut.tag_id
                                              WHERE ut.use_case_id = old.use_case_id), '')
    WHERE rowid = old.use_case_id;
END;

CREATE TRIGGER tags_fts_rename AFTER UPDATE OF name ON tags
BEGIN
    UPDATE use_cases_fts SET tags = coalesce((SELECT group_concat(t.name, ' ') FROM use_case_tags AS ut
                                              JOIN tags AS t ON t.id = ut.tag_id
                                              WHERE ut.use_case_id = use_cases_fts.rowid), '')
    WHERE rowid IN (SELECT use_case_id FROM use_case_tags WHERE tag_id = new.id);
END;

INSERT INTO use_cases_fts (rowid, code, title, summary, body, tags)
    SELECT id, code, title, summary, body, tags FROM use_case_fts_source;
