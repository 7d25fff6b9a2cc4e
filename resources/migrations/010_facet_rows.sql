-- Casebook schema 10: the facet rows of a use case are written by the application (FacetRows), in
-- the transaction of every write, from the document it stores: the same rows as the triggers of
-- schema 6, which parsed the document with json_each eleven times per write. Those triggers also
-- made every insert of a use case open a statement journal, and the full-text index then wrote its
-- pending rows as a segment of their own for every record (issue 13). The rows already stored
-- were written by the triggers and are the ones the application writes, so they stay.
DROP TRIGGER IF EXISTS use_cases_facets_insert;
DROP TRIGGER IF EXISTS use_cases_facets_update;

-- Tag links are written only by the application (UseCaseRepository), which writes the use case's
-- full-text row, tags included, after them: this trigger found no row to update. Removing a link
-- (a tag deleted) and renaming a tag keep their triggers.
DROP TRIGGER IF EXISTS use_case_tags_fts_insert;
