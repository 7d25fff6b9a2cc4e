-- Casebook schema: a write path whose cost per record does not grow with the repository.

-- The next free code of a year (UC-2026-NNN) is the highest number of that year + 1: this index
-- gives it in one step instead of reading every code of the year. Only codes whose part after
-- "UC-YYYY-" is all digits count.
CREATE INDEX use_cases_code_number
    ON use_cases (upper(substr(code, 1, 8)), CAST(substr(code, 9) AS INTEGER))
    WHERE substr(code, 9) <> '' AND substr(code, 9) NOT GLOB '*[^0-9]*';

