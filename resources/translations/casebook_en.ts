<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>Choose at least %1 use cases to compare; %n chosen.</numerusform>
            <numerusform>Choose at least %1 use cases to compare; %n chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</numerusform>
            <numerusform>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>%n chosen use case</numerusform>
            <numerusform>%n chosen use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>%n restricted use case left out</numerusform>
            <numerusform>%n restricted use cases left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>%1 added, %2 updated, %3 unchanged, %n conflict, %4 deleted, %5 restored</numerusform>
            <numerusform>%1 added, %2 updated, %3 unchanged, %n conflicts, %4 deleted, %5 restored</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1 (%n gap)</numerusform>
            <numerusform>%1 (%n gaps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>... and %n more problem.</numerusform>
            <numerusform>... and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The import has %n problem; nothing was imported.</numerusform>
            <numerusform>The import has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>%1 holds %n record that cannot be read: %2</numerusform>
            <numerusform>%1 holds %n records that cannot be read: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>%n record stays here: the team repository holds it restricted to other members.</numerusform>
            <numerusform>%n records stay here: the team repository holds them restricted to other members.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>%n local change stays here: a reader of the team repository sends no changes.</numerusform>
            <numerusform>%n local changes stay here: a reader of the team repository sends no changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>%n use case changed here stays here: only editors send use cases.</numerusform>
            <numerusform>%n use cases changed here stay here: only editors send use cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>%n assessment by another assessor stays here: each assessor sends their own.</numerusform>
            <numerusform>%n assessments by other assessors stay here: each assessor sends their own.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>%n assessment of a use case the team repository does not have stays here.</numerusform>
            <numerusform>%n assessments of use cases the team repository does not have stay here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>The list shows %n example use case from public IoT and smart-city deployments.</numerusform>
            <numerusform>The list shows %n example use cases from public IoT and smart-city deployments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n use case</numerusform>
            <numerusform>%n use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>The list shows the %n use case of this repository.</numerusform>
            <numerusform>The list shows the %n use cases of this repository.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::cli</name>
    <message numerus="yes">
        <source>casebook-cli: note: %n more not used as typed</source>
        <translation>
            <numerusform>casebook-cli: note: %n more not used as typed</numerusform>
            <numerusform>casebook-cli: note: %n more not used as typed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n restricted use case(s) (use --include-restricted to include them).</source>
        <translation>
            <numerusform>Left out %n restricted use case (use --include-restricted to include it).</numerusform>
            <numerusform>Left out %n restricted use cases (use --include-restricted to include them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n restricted use case(s) named by --ids: %1. Restricted use cases leave only with --include-restricted.</source>
        <translation>
            <numerusform>Left out %n restricted use case named by --ids: %1. Restricted use cases leave only with --include-restricted.</numerusform>
            <numerusform>Left out %n restricted use cases named by --ids: %1. Restricted use cases leave only with --include-restricted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n use case</numerusform>
            <numerusform>%n use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>casebook-cli: note: left out the gaps of %n restricted use case(s) (use --include-restricted to include them).</source>
        <translation>
            <numerusform>casebook-cli: note: left out the gaps of %n restricted use case (use --include-restricted to include them).</numerusform>
            <numerusform>casebook-cli: note: left out the gaps of %n restricted use cases (use --include-restricted to include them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n use case(s).</source>
        <translation>
            <numerusform>Wrote %1: %n use case.</numerusform>
            <numerusform>Wrote %1: %n use cases.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rubric(s)</source>
        <translation>
            <numerusform>%n rubric</numerusform>
            <numerusform>%n rubrics</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n deletion</numerusform>
            <numerusform>%n deletions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the scores of %n use case(s) to %1.</source>
        <translation>
            <numerusform>Wrote the scores of %n use case to %1.</numerusform>
            <numerusform>Wrote the scores of %n use cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1 (IEC 62559-3 XML).</source>
        <translation>
            <numerusform>Wrote %n use case to %1 (IEC 62559-3 XML).</numerusform>
            <numerusform>Wrote %n use cases to %1 (IEC 62559-3 XML).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n use case to %1.</numerusform>
            <numerusform>Wrote %n use cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported: %n problem(s) (listed above); nothing was changed.</source>
        <translation>
            <numerusform>%1 was not imported: %n problem (listed above); nothing was changed.</numerusform>
            <numerusform>%1 was not imported: %n problems (listed above); nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example use case(s)</source>
        <translation>
            <numerusform>%n example use case</numerusform>
            <numerusform>%n example use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought %n example use case(s) that nobody had edited up to this version&apos;s text (the earlier text is kept in history).</source>
        <translation>
            <numerusform>Brought %n example use case that nobody had edited up to this version&apos;s text (the earlier text is kept in history).</numerusform>
            <numerusform>Brought %n example use cases that nobody had edited up to this version&apos;s text (the earlier text is kept in history).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rank stability: each weight, the others held fixed, can move within [low, high] before the top %n changes:</source>
        <translation>
            <numerusform>Rank stability: each weight, the others held fixed, can move within [low, high] before the top %n changes:</numerusform>
            <numerusform>Rank stability: each weight, the others held fixed, can move within [low, high] before the top %n changes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n workshop</numerusform>
            <numerusform>%n workshops</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rubric version(s)</source>
        <translation>
            <numerusform>%n rubric version</numerusform>
            <numerusform>%n rubric versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessor(s) scored</source>
        <translation>
            <numerusform>%n assessor scored</numerusform>
            <numerusform>%n assessors scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took back the import %1 of %2: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>Took back the import %1 of %2: %n use case is as it was before it.</numerusform>
            <numerusform>Took back the import %1 of %2: %n use cases are as they were before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>Remove %n attachment from this use case?</numerusform>
            <numerusform>Remove %n attachments from this use case?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::BundleActions</name>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>%n restricted use case was left out (check “Include restricted use cases” to share it).</numerusform>
            <numerusform>%n restricted use cases were left out (check “Include restricted use cases” to share them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>%n use case in JSON.</numerusform>
            <numerusform>%n use cases in JSON.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>%n column needs a decision: choose a field or &quot;(leave out)&quot;.</numerusform>
            <numerusform>%n columns need a decision: choose a field or &quot;(leave out)&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n row ready to import.</numerusform>
            <numerusform>%n rows ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>%n problem to solve before importing: correct the sheet and open it again, or change the mapping.</numerusform>
            <numerusform>%n problems to solve before importing: correct the sheet and open it again, or change the mapping.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1. %n use case will be written.</numerusform>
            <numerusform>%1. %n use cases will be written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n use case to %1.</numerusform>
            <numerusform>Wrote %n use cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>%n restricted use case was left out (check “Include restricted use cases” to export it).</numerusform>
            <numerusform>%n restricted use cases were left out (check “Include restricted use cases” to export them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>The &amp;selected use cases (%n)</numerusform>
            <numerusform>The &amp;selected use cases (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n use case</numerusform>
            <numerusform>%n use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>%n restricted use case left out; check “Include restricted use cases” to share it.</numerusform>
            <numerusform>%n restricted use cases left out; check “Include restricted use cases” to share them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>%n use case will be exported.</numerusform>
            <numerusform>%n use cases will be exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>%n restricted use case left out; check “Include restricted use cases” to export it.</numerusform>
            <numerusform>%n restricted use cases left out; check “Include restricted use cases” to export them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1, %2: raised by %n use case (%3)</numerusform>
            <numerusform>%1, %2: raised by %n use cases (%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n use case</numerusform>
            <numerusform>%n use cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n field</numerusform>
            <numerusform>%n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n use case</numerusform>
            <numerusform>%n use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%1 of %n use case matches</numerusform>
            <numerusform>%1 of %n use cases match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>Delete %n use case</numerusform>
            <numerusform>Delete %n use cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>Deleted %n use case. Undo with %1.</numerusform>
            <numerusform>Deleted %n use cases. Undo with %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>Wrote a report of %n use case to %1.</numerusform>
            <numerusform>Wrote a report of %n use cases to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>%n restricted use case was left out (check “Include restricted use cases” to report it).</numerusform>
            <numerusform>%n restricted use cases were left out (check “Include restricted use cases” to report them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>%n use case will be in the report.</numerusform>
            <numerusform>%n use cases will be in the report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>%n restricted use case left out; check “Include restricted use cases” to report it.</numerusform>
            <numerusform>%n restricted use cases left out; check “Include restricted use cases” to report them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>Version %1, used by %n assessment: saving a change makes a new version and leaves this assessment with version %1.</numerusform>
            <numerusform>Version %1, used by %n assessments: saving a change makes a new version and leaves these assessments with version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>Version %1 of &quot;%2&quot; is used by %n assessment. Saving makes a new version; that assessment stays with version %1, unchanged.</numerusform>
            <numerusform>Version %1 of &quot;%2&quot; is used by %n assessments. Saving makes a new version; those assessments stay with version %1, unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>Saved as version %1. Version %2 and its %n assessment is unchanged.</numerusform>
            <numerusform>Saved as version %1. Version %2 and its %n assessments are unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>The %n selected use case</numerusform>
            <numerusform>The %n selected use cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>Sent %n local change.</numerusform>
            <numerusform>Sent %n local changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>Synced %1; %n pending change</numerusform>
            <numerusform>Synced %1; %n pending changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>Tags to add to %n use case, separated by commas (sdo/oneM2M nests under sdo):</numerusform>
            <numerusform>Tags to add to %n use cases, separated by commas (sdo/oneM2M nests under sdo):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>The import of %1 was taken back: %n use case is as it was before it.</numerusform>
            <numerusform>The import of %1 was taken back: %n use cases are as they were before it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseEditor</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>Median of %n assessor against &quot;%1&quot; version %2</numerusform>
            <numerusform>Median of %n assessors against &quot;%1&quot; version %2</numerusform>
        </translation>
    </message>
</context>
</TS>
