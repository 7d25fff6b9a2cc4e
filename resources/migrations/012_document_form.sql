-- Casebook schema: which form each stored use case document is in (issue 13).

-- UseCaseRepository writes every document as UseCaseStoredForm makes it and notes that form's
-- number here (1 from this version on). A document in today's form is, byte for byte, a bundle's
-- JSON for that use case without its tags, so an export copies it instead of parsing it and writing
-- it again. Documents written before this version keep 0 and are exported the long way.
ALTER TABLE use_cases ADD COLUMN document_form INTEGER NOT NULL DEFAULT 0;
