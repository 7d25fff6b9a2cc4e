-- Casebook schema: a write path whose cost per record does not grow with the repository.

-- The next free code of a year (UC-2026-NNN) is the highest number of that year + 1: this index
-- gives it in one step instead of reading every code of the year. Only codes whose part after
-- "UC-YYYY-" is all digits count.
CREATE INDEX use_cases_code_number
    ON use_cases (upper(substr(code, 1, 8)), CAST(substr(code, 9) AS INTEGER))
    WHERE substr(code, 9) <> '' AND substr(code, 9) NOT GLOB '*[^0-9]*';

-- The full-text row of a use case is written by the application in the same transaction as the
-- record (UseCaseRepository, SearchText), once per write: the triggers that rebuilt it with
-- json_tree over the whole document, and again for every tag, made adding slow. The view
-- use_case_fts_source stays as the definition of what the row holds. Deleting a record and
-- renaming or removing a tag keep their triggers.
DROP TRIGGER use_cases_fts_insert;
DROP TRIGGER use_cases_fts_update;
