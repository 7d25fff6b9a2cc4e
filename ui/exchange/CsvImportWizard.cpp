#include "exchange/CsvImportWizard.h"

#include "exchange/ColumnMappingModel.h"
#include "exchange/FieldComboDelegate.h"
#include "exchange/ImportPreviewModel.h"
#include "exchange/StepTable.h"
#include "import/ImportPlanView.h"
#include "storage/Database.h"
#include "widgets/ImportFailure.h"
#include "widgets/OperationProgress.h"
#include "widgets/Prompts.h"
#include "widgets/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace casebook::ui {

namespace {

/// A wizard page whose completeness, validation and initialisation are given by the wizard.
class StepPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    std::function<void()> init;

    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    bool validatePage() override { return validate ? validate() : true; }
    void initializePage() override
    {
        if (init)
            init();
    }
    void notifyCompleteChanged() { emit completeChanged(); }
};

QTableView *makeTable(const QString &name, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

constexpr qint64 kMaxMappingBytes = 1024 * 1024;

} // namespace

CsvImportWizard::CsvImportWizard(Database &db, Prompts &prompts, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("csvImportWizard"));
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("Import"));
    m_mappingModel = new ColumnMappingModel(this);
    m_previewModel = new ImportPreviewModel(this);
    buildFilePage();
    buildMappingPage();
    buildPreviewPage();
    buildPlanPage();
    WindowGeometry::applyDefault(this, QSize(900, 600));
}

CsvImportWizard::~CsvImportWizard() = default;

void CsvImportWizard::buildFilePage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("Choose the sheet"));
    page->setSubTitle(tr("A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon "
                         "separated, UTF-8 or UTF-16."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setPlaceholderText(tr("Path of a .csv or .txt file"));
    auto *browse = new QPushButton(tr("Browse…"), page);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_separator = new QComboBox(page);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Detect automatically"), QString());
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->setToolTip(tr("The character between the columns of the spreadsheet"));
    m_fileStatus = new QLabel(page);
    m_fileStatus->setTextFormat(Qt::PlainText);
    m_fileStatus->setObjectName(QStringLiteral("fileStatusLabel"));
    m_fileStatus->setWordWrap(true);
    m_fileStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    form->addRow(tr("&Separator:"), m_separator);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_fileStatus);
    layout->addStretch(1);

    page->complete = [this] { return !m_path->text().trimmed().isEmpty(); };
    page->validate = [this] { return readFile(); };
    connect(m_path, &QLineEdit::textChanged, page, [this, page] {
        m_fileStatus->clear();
        page->notifyCompleteChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            m_prompts.chooseOpenFile(this, tr("Import a spreadsheet"), QString(),
                                     tr("Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    setPage(FilePageId, page);
}

void CsvImportWizard::buildMappingPage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("mappingPage"));
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(
        tr("Recognised headers already have a field. Choose one for the others, or leave them out."));
    m_mappingView = makeTable(QStringLiteral("mappingView"), m_mappingModel, page);
    m_mappingView->setItemDelegateForColumn(int(ColumnMappingModel::Column::Field),
                                            new FieldComboDelegate(m_mappingView));
    m_mappingView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_mappingStatus = new QLabel(page);
    m_mappingStatus->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_mappingStatus->setWordWrap(true);
    auto *load = new QPushButton(tr("Load mapping…"), page);
    load->setObjectName(QStringLiteral("loadMappingButton"));
    auto *save = new QPushButton(tr("Save mapping…"), page);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_mappingStatus, 1);
    buttons->addWidget(load);
    buttons->addWidget(save);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingView, 1);
    layout->addLayout(buttons);

    page->complete = [this] { return m_mappingModel->isComplete(); };
    page->validate = [this] {
        rebuildPlan();
        return true;
    };
    connect(m_mappingModel, &ColumnMappingModel::mappingChanged, page, [this, page] {
        updateMappingState();
        page->notifyCompleteChanged();
    });
    connect(m_mappingModel, &QAbstractItemModel::modelReset, m_mappingView, [this] {
        for (int r = 0; r < m_mappingModel->rowCount(); ++r)
            m_mappingView->openPersistentEditor(
                m_mappingModel->index(r, int(ColumnMappingModel::Column::Field)));
        m_mappingView->resizeColumnsToContents();
        m_mappingView->setColumnWidth(
            int(ColumnMappingModel::Column::Field),
            qMax(220, m_mappingView->columnWidth(int(ColumnMappingModel::Column::Field))));
        m_mappingView->setColumnWidth(
            int(ColumnMappingModel::Column::Example),
            qMin(260, m_mappingView->columnWidth(int(ColumnMappingModel::Column::Example))));
    });
    connect(load, &QPushButton::clicked, this, &CsvImportWizard::loadMapping);
    connect(save, &QPushButton::clicked, this, &CsvImportWizard::saveMapping);
    setPage(MappingPageId, page);
}

void CsvImportWizard::buildPreviewPage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("previewPage"));
    page->setTitle(tr("Check the rows"));
    page->setSubTitle(tr("The first rows as they will be stored. Rows with problems are marked with their "
                         "line in the file; nothing is imported while one remains."));
    m_acceptSuggestions =
        new QCheckBox(tr("&Use the suggested values where a cell is close to a known one"), page);
    m_acceptSuggestions->setObjectName(QStringLiteral("acceptSuggestionsCheckBox"));
    m_previewStatus = new QLabel(page);
    m_previewStatus->setObjectName(QStringLiteral("previewStatusLabel"));
    m_previewStatus->setWordWrap(true);
    m_previewStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewView = makeTable(QStringLiteral("previewView"), m_previewModel, page);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewStatus);
    layout->addWidget(m_acceptSuggestions);
    layout->addWidget(m_previewView, 1);

    page->complete = [this] { return m_plan.isValid() && !m_plan.incoming.useCases.isEmpty(); };
    page->init = [this] { updatePreviewState(); };
    connect(m_acceptSuggestions, &QCheckBox::toggled, page, [this, page] {
        rebuildPlan();
        updatePreviewState();
        page->notifyCompleteChanged();
    });
    setPage(PreviewPageId, page);
}

void CsvImportWizard::buildPlanPage()
{
    auto *page = new StepPage(this);
    page->setObjectName(QStringLiteral("planPage"));
    page->setTitle(tr("Import"));
    page->setSubTitle(
        tr("What the import will do. A copy of the repository is kept first, and every record is "
           "written at once, or none is."));
    m_planStatus = new QLabel(page);
    m_planStatus->setObjectName(QStringLiteral("planStatusLabel"));
    m_planStatus->setWordWrap(true);
    m_planView = new ImportPlanView(page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_planStatus);
    layout->addWidget(m_planView, 1);

    page->init = [this] {
        if (m_planChanged) // back and forward again keeps the choices made
            m_planView->setPlan(m_plan.plan, ImportPlanModel::Source::Sheet, planLines());
        m_planChanged = false;
        updatePlanState();
    };
    page->validate = [this] { return applyImport(); };
    connect(m_planView, &ImportPlanView::resolutionsChanged, this, &CsvImportWizard::updatePlanState);
    setPage(PlanPageId, page);
}

void CsvImportWizard::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString CsvImportWizard::filePath() const
{
    return m_path->text().trimmed();
}

int CsvImportWizard::nextId() const
{
    if (currentId() == FilePageId && m_format == ImportFormat::Json)
        return PreviewPageId;
    return QWizard::nextId();
}

ImportPlanModel *CsvImportWizard::planModel() const
{
    return m_planView->model();
}

MergePolicy CsvImportWizard::policy() const
{
    return resolutions().policy;
}

const Resolutions &CsvImportWizard::resolutions() const
{
    return m_planView->resolutions();
}

void CsvImportWizard::setRecordChoice(int row, RecordChoice choice)
{
    planModel()->setChoice(row, choice);
}

QHash<QString, int> CsvImportWizard::planLines() const
{
    QHash<QString, int> lines;
    for (const RecordPlan &r : std::as_const(m_plan.plan.records))
        lines.insert(r.key, m_plan.fromSheet ? m_plan.lineOf(r) : m_plan.lines.value(r.incomingIndex) + 1);
    return lines;
}

bool CsvImportWizard::readFile()
{
    m_format = ImportFormats::detect(filePath());
    if (m_format == ImportFormat::Json)
        return readJsonFile();
    if (m_format == ImportFormat::Bundle || m_format == ImportFormat::Xml) {
        m_fileStatus->setText(m_format == ImportFormat::Bundle
                                  ? tr("%1 is a Casebook bundle: import it with File > Import.")
                                        .arg(QFileInfo(filePath()).fileName())
                                  : tr("%1 is IEC 62559-3 XML: import it with File > Import.")
                                        .arg(QFileInfo(filePath()).fileName()));
        return false;
    }
    const QString sep = m_separator->currentData().toString();
    const QChar separator = sep.isEmpty() ? (m_mapping.separator) : sep.at(0);
    auto table = SheetImporter::readCsvFile(filePath(), separator);
    if (!table) {
        m_fileStatus->setText(ImportFailure::sentence(table.error().message));
        m_haveTable = false;
        return false;
    }
    if (table->records.isEmpty()) {
        m_fileStatus->setText(
            tr("%1 has a header but no rows to import.").arg(QFileInfo(filePath()).fileName()));
        m_haveTable = false;
        return false;
    }
    m_table = *table;
    m_haveTable = true;
    m_fileStatus->setText(tr("%1 and %2.")
                              .arg(tr("%n row(s)", nullptr, int(m_table.records.size())),
                                   tr("%n column(s)", nullptr, int(m_table.header.size()))));
    m_mappingModel->setSheet(m_table.header, m_table.records.mid(0, 20), m_mapping);
    return true;
}

bool CsvImportWizard::readJsonFile()
{
    m_haveTable = false;
    auto rows = SheetImporter::rowsFromJsonFile(filePath());
    if (!rows) {
        m_fileStatus->setText(ImportFailure::sentence(rows.error().message));
        return false;
    }
    m_rows = *rows;
    m_fileStatus->setText(tr("%n use case(s) in JSON.", nullptr, int(m_rows.size())));
    rebuildPlan();
    return true;
}

QStringList CsvImportWizard::previewFields() const
{
    if (m_format != ImportFormat::Json)
        return StepTable::recordFields(m_mappingModel->fields());
    QStringList fields;
    for (const IncomingRow &row : m_rows) {
        for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
            if (!fields.contains(it.key()))
                fields.append(it.key());
        }
    }
    return fields;
}

void CsvImportWizard::loadMapping()
{
    const QString path =
        m_prompts.chooseOpenFile(this, tr("Load a column mapping"), QString(), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_prompts.error(
            this, tr("Load a column mapping"),
            makeError(ErrorCode::InputRejected, tr("Cannot read %1.").arg(path), file.errorString()));
        return;
    }
    auto mapping = SheetMapping::fromJson(file.read(kMaxMappingBytes));
    if (!mapping) {
        m_prompts.error(this, tr("Load a column mapping"),
                        Error{mapping.error().code,
                              tr("%1: %2").arg(QFileInfo(path).fileName(), mapping.error().message),
                              mapping.error().detail});
        return;
    }
    m_mapping = *mapping;
    m_acceptSuggestions->setChecked(m_mapping.values.acceptSuggestions);
    if (m_haveTable)
        m_mappingModel->setSheet(m_table.header, m_table.records.mid(0, 20), m_mapping);
}

void CsvImportWizard::saveMapping()
{
    const QString path = m_prompts.chooseSaveFile(
        this, tr("Save the column mapping"),
        QFileInfo(filePath()).completeBaseName() + QStringLiteral("-mapping.json"), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    SheetMapping mapping = m_mappingModel->mapping();
    mapping.values.acceptSuggestions = m_acceptSuggestions->isChecked();
    QSaveFile file(path);
    const QByteArray bytes = mapping.toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        m_prompts.error(this, tr("Save the column mapping"),
                        makeError(ErrorCode::Storage, tr("Cannot write %1.").arg(path), file.errorString()));
}

void CsvImportWizard::rebuildPlan()
{
    if (m_format != ImportFormat::Json) {
        SheetValueOptions options = m_mappingModel->mapping().values;
        options.acceptSuggestions = m_acceptSuggestions->isChecked();
        m_rows = SheetImporter::rowsFromTable(m_table, m_mappingModel->fields(), options);
    }
    auto plan = SheetImporter(m_db).plan(
        m_rows, QFileInfo(filePath()).fileName(), SheetImporter::sha256OfFile(filePath()),
        m_format == ImportFormat::Json ? QStringLiteral("json") : QStringLiteral("csv"));
    if (!plan) {
        m_prompts.error(this, tr("Import a spreadsheet"), ImportFailure::told(plan.error()));
        m_plan = SheetImportPlan();
    } else {
        m_plan = *plan;
    }
    m_planChanged = true;
    m_previewModel->setPreview(m_rows, previewFields(), m_plan);
    m_previewView->resizeColumnsToContents();
    for (int c = 0; c < m_previewModel->columnCount(); ++c)
        m_previewView->setColumnWidth(c, qMin(240, m_previewView->columnWidth(c)));
}

bool CsvImportWizard::applyImport()
{
    // One transaction, on a connection and thread of its own: a cancel rolls it all back.
    const Resolutions chosen = resolutions();
    auto outcome = OperationProgress::writeInBackground<ImportResult>(
        tr("Importing…"), QStringLiteral("importProgress"), this, m_db,
        [&](Database &writer, const OperationProgress::Progress &progress) {
            return SheetImporter(writer).apply(m_plan, chosen, progress);
        });
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            m_prompts.error(this, tr("The import failed"), ImportFailure::told(outcome.error()));
        return false;
    }
    m_outcome = *outcome;
    return true;
}

void CsvImportWizard::updateMappingState()
{
    const int pending = m_mappingModel->pendingCount();
    m_mappingStatus->setText(
        pending == 0
            ? tr("Every column has a field or is left out.")
            : tr("%n column(s) need a decision: choose a field or \"(leave out)\".", nullptr, pending));
}

void CsvImportWizard::updatePreviewState()
{
    const bool hasSuggestions = !m_plan.suggestions.isEmpty() || m_acceptSuggestions->isChecked();
    m_acceptSuggestions->setVisible(hasSuggestions);
    QString text;
    if (m_plan.isValid()) {
        text = tr("%n row(s) ready to import.", nullptr, m_plan.rowsRead);
    } else {
        const int problems = int(m_plan.errors.size() + m_plan.suggestions.size());
        text =
            tr("%n problem(s) to solve before importing: correct the sheet and open it again, or change the "
               "mapping.",
               nullptr, problems);
        if (!m_plan.suggestions.isEmpty())
            text += QLatin1Char(' ')
                + tr("Some values are only close to known ones: tick the box below to use the "
                     "suggestions.");
        const QStringList lines = m_plan.problemLines(6);
        text += QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
    }
    if (m_plan.rowsRead > ImportPreviewModel::kPreviewRows)
        text += QLatin1Char('\n')
            + tr("The table shows the first %1 rows.").arg(ImportPreviewModel::kPreviewRows);
    m_previewStatus->setText(text);
}

void CsvImportWizard::updatePlanState()
{
    QStringList counts;
    for (RecordStatus status : ImportPlan::allStatuses()) {
        if (const int n = m_plan.count(status); n > 0)
            counts.append(tr("%1: %2").arg(ImportPlan::statusLabel(status)).arg(n));
    }
    m_planStatus->setText(tr("%1. %n use case(s) will be written.", nullptr, m_plan.writes(resolutions()))
                              .arg(counts.join(QStringLiteral(" · "))));
}

} // namespace casebook::ui
