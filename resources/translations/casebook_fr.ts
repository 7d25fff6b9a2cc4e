<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>%1 is not a Casebook database (it belongs to another application).</source>
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
        <source>%1 is larger than 64 MB.</source>
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
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:energy, vertical:health, sdg:11, region:Africa, stage:pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search use cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected use case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a use case to see its details.</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Use cases you add, or receive in a bundle, will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite *.casebookdb);;All files (*)</source>
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
        <source>Do not add to it. Restore the newest backup, or export what you can.</source>
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
</context>
</TS>
