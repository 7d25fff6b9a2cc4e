-- Casebook schema: the full-text index merges its segments eight at a time (issue 13).

-- FTS5 writes each transaction's words as a new segment and merges the segments of a level, a little
-- on each later write, once four of them exist (its default). Each merge rewrites what it merges, so
-- a word is written once per level. Eight at a time makes fewer levels: writing the index of 200,000
-- use cases 500 at a time took 27 to 28 s instead of 31 to 33 s, and a write of 500 at 100,000 to
-- 200,000 took 69 to 72 ms instead of 80 to 83 ms; a search reads a few more segments (a two-word
-- search took about 4% longer, within the noise). FTS5 merges a level at once, in one write, when it
-- reaches sixteen segments ('crisismerge'); merging eight at a time leaves that room, where sixteen
-- did not (one write of 500 then rewrote the whole index of 100,000 use cases, in 2.5 s).
INSERT INTO use_cases_fts (use_cases_fts, rank) VALUES ('automerge', 8);
