-- Casebook schema: the use cases in id order, compactly (issue 13).

-- The list sorted by score shows the use cases without a score after the scored ones, in id order
-- (UseCaseRepository). The table is in that order, but its rows hold the documents, so walking it
-- to a page near the end read most of the file (50 to 150 ms at 100,000 use cases); this index
-- holds only the ids (about 1 MB at 100,000) and is walked instead.
CREATE INDEX use_cases_id ON use_cases (id);
