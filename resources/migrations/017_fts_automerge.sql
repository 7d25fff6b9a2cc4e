-- Casebook schema: the full-text index merges its segments sixteen at a time (issue 13).

-- FTS5 writes each transaction's words as a new segment and merges segments in the background of
-- later writes, by default as soon as four of a level exist. Each merge rewrites what it merges, so
-- a word is written once per level: at 100,000 use cases that was four levels, and adding 500 use
-- cases rewrote 580 pages of the index where the same add into a new repository wrote 138. Merging
-- sixteen at a time keeps two levels at that size. Searches read more segments (a two-word search
-- of 100,000 took 4% longer); adds into a large repository took 10% less, in a run of sixteen.
INSERT INTO use_cases_fts (use_cases_fts, rank) VALUES ('automerge', 16);
