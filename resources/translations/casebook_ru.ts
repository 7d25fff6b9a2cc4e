<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer Casebook (bundle format %2); update Casebook to open this bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPrompts</name>
    <message>
        <source>Attach Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 use case(s) added, %2 updated, %3 merged, %4 restored, %5 kept as they were here, %6 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Reading the history of a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the repository before the import, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actor type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U4SSC KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::cli</name>
    <message>
        <source>The database %1 does not exist; create it with &apos;casebook-cli --db %1 init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: added %1 rubric(s) and %2 example use case(s); it holds %3 use case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add needs --json FILE (use - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a use case object or a list of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: warning: %1: unknown field(s) kept as they are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs a query, for example: search &quot;air quality&quot; tag:energy sdg:11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: note: ignored %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show needs exactly one use case: its UUID or its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag needs a use case and at least one tag: tag ID TAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untag needs a use case and at least one tag: untag ID TAG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sound: schema version %2, %3 use case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup needs --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: %1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (or complete it) with the default rubric; --examples adds the example use cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also add the example use cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add use cases from a JSON file (one object or a list; see docs/usecase-json.md) and print their UUIDs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to read, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List all use cases by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one use case, named by UUID or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID or code of the use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-text search with filters, e.g. search &quot;smart meter&quot; tag:energy vertical:health sdg:11 region:Africa stage:pilot -excluded prefix*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, prefix*, -word, key:value filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags to a use case (sdo/oneM2M nests under sdo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags from a use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database file: integrity, references and the search index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a verified copy of the database to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Casebook database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print technical details of errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: casebook-cli [--db PATH] &lt;command&gt; [options]

Casebook keeps a catalogue of IoT and smart-city use cases. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options for every command:
  --db PATH     The database file (default: %1).
  --verbose     Also print technical details of errors.
  -h, --help    Help for casebook-cli or for one command (casebook-cli list --help).
  -v, --version Show the version.

Exit status: 0 success, 1 usage error, 2 input rejected (nothing changed), 3 storage failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;; run &apos;casebook-cli --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: casebook-cli [--db PATH] %1

%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take &apos;%2&apos;; run &apos;casebook-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these use cases: UUIDs or codes separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only use cases with this tag (or a tag below it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only use cases that match this search (see docs/search.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only use cases modified on or after this date (2026-03-01 or ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ids needs at least one UUID or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tag needs a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since needs a date such as 2026-03-01, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE.casebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: warning: no use case matches the selection (%1); the bundle holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2 MB): %3 use case(s), %4 assessment(s), %5 rubric(s), %6 attachment(s)%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 deletion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: warning: %1 is larger than %2 MB; many mail servers refuse attachments that large (try --lean).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle %1 from %2, made %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown policy &apos;%1&apos;; use keep-mine, take-theirs or newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import from %1: this repository already has everything in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 merged, %5 copies, %6 deleted, %7 restored, %8 kept (their version is in the history). Backup: %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown separator &apos;%1&apos;; use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the score sheet (one row per use case, criterion and assessor, and a summary row per use case) instead of the use cases; .csv only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell separator of a .csv: comma (default), semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON file naming the field of each column (docs/spreadsheet.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the suggested vocabulary value where a cell is close to one (&quot;Smart city&quot; -&gt; smart_city_services) instead of refusing the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell separator: auto (default), comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE.csv or --out FILE.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes .csv and .json files here; &apos;%1&apos; has another extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scores writes a .csv score sheet; use &apos;casebook-cli scores --format json&apos; for JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one file: import FILE.csv [--mapping FILE.json] [--dry-run].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import reads .csv, .txt, .tsv and .json files here; &apos;%1&apos; has another extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mapping is for spreadsheets; a .json file already names its fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (column %2, its field is already in another column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: these columns name no field of a use case: %2; name their fields (or null to leave them out) in a --mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: note: add --accept-suggestions to store the suggested values, or name replacements under &quot;values&quot; in a --mapping file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>casebook-cli: warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of %1: %2 row(s): %3; %4 use case(s) would be written. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 updated, %4 merged, %5 restored, %6 with new tags, %7 kept as they were here, %8 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the database from before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric list takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rubric yet; run &apos;casebook-cli init&apos; or &apos;rubric import FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITERIA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ASSESSMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric import needs exactly one FILE (use - for standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already stored: &quot;%2&quot; version %3 (%4); nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2 with %3 criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric export needs exactly one rubric: its UUID, series UUID or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric export needs --out FILE (use - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; version %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric needs a subcommand: list, import FILE or export ID --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rubric subcommand &apos;%1&apos;; use list, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess needs exactly one use case: its UUID or its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess needs --rubric RUBRIC (a UUID, series UUID or name; see &apos;rubric list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess needs --assessor NAME (or CASEBOOK_CONTRIBUTOR in the environment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (%2); give each criterion one score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--score needs CRITERION=LEVEL, for example --score A1=3 (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--score %1: &apos;%2&apos; is not a level; use a whole number, na or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs CRITERION=TEXT (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--confidence %1: use low, medium or high (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 %2: %2 has no score; give --score, --na or --unknown for it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assess needs at least one --score, --na or --unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assessment of %2 by %3 against &quot;%4&quot; version %5: %6 of %7 criteria scored, index %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: %1, version %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case has been assessed against this rubric version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPREAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index 0-100; dimension columns are weighted means on the %1-%2 scale; N assessors; spread in index points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement (Krippendorff&apos;s alpha over %1 pairable values): interval %2, ordinal %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement: not computable (it needs at least two assessors scoring the same criteria, with some variation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stored rubric versions, import a rubric from its JSON form (docs/rubric-json.md) or export one (by UUID, series UUID or name: the newest version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: where to write the rubric (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the FILE; export: the rubric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update one assessor&apos;s assessment of a use case (UUID or code) against a rubric version. Criteria not given keep their earlier answer (or stay unscored); --replace starts from an empty sheet. Another assessor&apos;s assessment is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric: version UUID, series UUID or name (newest version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor&apos;s name (default: $CASEBOOK_CONTRIBUTOR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessor&apos;s organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A level for a criterion, e.g. A1=3 (also A1=na, A1=unknown; several with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crit=level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion that does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion whose level is unknown (scores as the lowest level and is flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for one criterion: CRIT=TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crit=text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence link for one criterion: CRIT=LINK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crit=link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence for one criterion: CRIT=low|medium|high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a criterion unscored again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from an empty sheet instead of the earlier answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per use case: the overall index, dimension subtotals, assessors, spread, flags and rank for one rubric version, and the agreement between assessors (Krippendorff&apos;s alpha). Without --rubric: the version with the most assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE (.casebook, .csv or .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export writes .casebook bundles, .csv spreadsheets and .json files; &apos;%1&apos; is none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lean is for .casebook bundles; spreadsheets never carry attachments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scores and --separator are for .csv files; a bundle always carries the assessments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs exactly one file, e.g. import team.casebook --dry-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet or a .json file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the chosen use cases to a .casebook bundle to share (with assessments, rubrics and attachments; --lean leaves attachments out), or to a spreadsheet (.csv; --scores for the score sheet) or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .casebook, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles: leave the attachments out (a smaller file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a .casebook bundle, a .csv spreadsheet or a .json file, all or nothing, after a backup. --dry-run shows the plan; conflicts follow --policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import: .casebook, .csv or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the import would do; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on both sides: keep-mine (default), take-theirs or newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::BundleActions</name>
    <message>
        <source>casebook-%1.casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is ready (%2 MB, %n use case(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 merged, %4 copies, %5 kept as they were. Nothing was lost: replaced versions are in each record&apos;s history, and a backup was taken first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ColumnMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs: use the sheet&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a use case to decide for it alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sheet and this repository &amp;disagree:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the policy says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine for this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the sheet&apos;s values for this use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (add the sheet&apos;s version as a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) and %1 column(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s), %1 assessment(s), %2 attachment(s): about %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use-cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::FacetSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged: %1 field(s) from the sheet, %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For &amp;conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:energy, vertical:health, sdg:11, region:Africa, stage:pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Casebook. The list shows ten example use cases from public IoT and smart-city deployments. Filter them with the facets on the left or the search box, press Ctrl+N to record your own, and set your name in Preferences so that your edits carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Repository...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Spreadsheet or JSON...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles and spreadsheets (*.casebook *.csv *.txt *.tsv);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. A backup of the repository was taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply to this use case; its weight goes to the other criteria. (key N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimensions (%1–%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseEditor</name>
    <message>
        <source>is longer than 320 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity and provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ITU &amp;regions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files attached to this use case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a text is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 entries; the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an entry is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2…&apos; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries: &apos;%1&apos; is not an ISO 3166 country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments: the description of %1 is too long or contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::VocabularyCheckModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the list: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casebook::ui::WidgetBundlePrompts</name>
    <message>
        <source>Save bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
