-- Casebook schema: no index that no query reads (issue 13).

-- The development contexts are filtered and counted through use_case_contexts (schema 6), which has
-- one row per country and context; nothing reads use_cases.development_context by its index any
-- more. The index still cost every write a page of its own: adding 500 use cases to a repository
-- of 100,000 wrote 130 of its pages, one in 27 of the pages written.
DROP INDEX IF EXISTS use_cases_context;
