#include "report/ReportDialog.h"

#include "widgets/OperationProgress.h"
#include "widgets/SelectionBox.h"

#include "report/CoverPageForm.h"
#include "storage/RubricRepository.h"
#include "widgets/Prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QString suffixOf(ReportFormat f)
{
    return f == ReportFormat::Pdf ? QStringLiteral("pdf")
        : f == ReportFormat::Odt  ? QStringLiteral("odt")
                                  : QStringLiteral("html");
}

} // namespace

ReportDialog::ReportDialog(Database &db, Prompts &prompts, const QStringList &selectedUuids,
                           const QString &query, const ContributionCover &cover, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_prompts(prompts)
    , m_selected(selectedUuids)
    , m_query(query.trimmed())
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Report"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("reportTabs"));
    tabs->addTab(buildContentsTab(), tr("&Contents"));
    m_cover = new CoverPageForm;
    m_cover->setCover(cover);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_cover);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    tabs->addTab(scroll, tr("Co&ver page"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("reportCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_writeButton = buttons->addButton(tr("&Write Report"), QDialogButtonBox::AcceptRole);
    m_writeButton->setObjectName(QStringLiteral("writeReportButton"));
    m_writeButton->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir).filePath(tr("contribution") + QStringLiteral(".pdf")));
    connect(m_which, &SelectionBox::changed, this, &ReportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ReportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ReportDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportDialog::writeNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QWidget *ReportDialog::buildContentsTab()
{
    auto *page = new QWidget;
    m_which = new SelectionBox(m_selected, m_query, page);

    m_rubric = new QComboBox(page);
    m_rubric->setObjectName(QStringLiteral("rubricCombo"));
    m_rubric->setToolTip(tr("The rubric whose scores the report shows"));
    fillRubrics();
    m_format = new QComboBox(page);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF (to print or send)"), int(ReportFormat::Pdf));
    m_format->addItem(tr("OpenDocument text (ODT, for Word or LibreOffice)"), int(ReportFormat::Odt));
    m_format->addItem(tr("Web page (HTML, one file)"), int(ReportFormat::Html));
    m_format->setToolTip(tr("The kind of file the report is written as"));
    m_pageSize = new QComboBox(page);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    m_pageSize->setToolTip(tr("The paper size of a PDF or ODT report"));
    m_path = new QLineEdit(page);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setToolTip(tr("The file to write: type its path or choose it with Browse…"));
    auto *browseButton = new QPushButton(tr("Browse…"), page);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    connect(browseButton, &QPushButton::clicked, this, &ReportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);
    auto *form = new QFormLayout;
    form->addRow(tr("R&ubric:"), m_rubric);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_pageSize);
    auto *fileLabel = new QLabel(tr("F&ile:"), page);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_which);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void ReportDialog::fillRubrics()
{
    m_rubric->addItem(tr("The one most use cases were assessed against"), QString());
    auto rubrics = RubricRepository(m_db).latestVersions();
    if (!rubrics)
        return;
    for (const Rubric &r : std::as_const(*rubrics))
        m_rubric->addItem(tr("%1, version %2").arg(r.name).arg(r.version), r.uuid);
}

ExportSelection ReportDialog::selection() const
{
    return m_which->selection();
}

ContributionCover ReportDialog::cover() const
{
    return m_cover->cover();
}

ReportFormat ReportDialog::format() const
{
    return ReportFormat(m_format->currentData().toInt());
}

QPageSize::PageSizeId ReportDialog::pageSize() const
{
    return QPageSize::PageSizeId(m_pageSize->currentData().toInt());
}

QString ReportDialog::rubric() const
{
    return m_rubric->currentData().toString();
}

void ReportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ReportDialog::filePath() const
{
    return m_path->text().trimmed();
}

void ReportDialog::browse()
{
    const QString filter = format() == ReportFormat::Pdf ? tr("PDF (*.pdf)")
        : format() == ReportFormat::Odt                  ? tr("OpenDocument text (*.odt)")
                                                         : tr("Web pages (*.html *.htm)");
    const QString path = m_prompts.chooseSaveFile(this, tr("Write the report to"), filePath(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ReportDialog::updateState()
{
    m_pageSize->setEnabled(format() != ReportFormat::Html); // a web page has no pages
    // Keep the file's extension in step with the format.
    const QFileInfo info(filePath());
    const auto current = ReportFileWriter::formatFor(filePath());
    if (current && *current != format()) {
        const QSignalBlocker blocker(m_path);
        m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + suffixOf(format())));
    }
    auto chosen = selection().select(m_db);
    if (!chosen) {
        m_count->setText(chosen.error().message);
        m_writeButton->setEnabled(false);
        return;
    }
    QString text = tr("%n use case(s) will be in the report.", nullptr, int(chosen->uuids.size()));
    if (chosen->leftOut() > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) left out; check “Include restricted use cases” to report them.",
                 nullptr, chosen->leftOut());
    m_count->setText(text);
    m_writeButton->setEnabled(!filePath().isEmpty() && !chosen->uuids.isEmpty());
}

bool ReportDialog::writeNow()
{
    const QString path = filePath();
    if (path.isEmpty())
        return false;
    if (!m_prompts.mayReplace(this, path))
        return false;
    auto report = ContributionReportLoader::load(m_db, selection(), rubric(), cover());
    if (!report) {
        m_prompts.error(this, tr("The report failed"), report.error());
        return false;
    }
    // On the GUI thread: PDF and ODT lay text out with the application's fonts.
    OperationProgress progress(tr("Writing the report…"), QStringLiteral("reportProgress"), this);
    ReportWriteOptions options;
    options.pageSize = pageSize();
    options.progress = progress.callback();
    const auto written = ReportFileWriter::write(*report, path, format(), options);
    progress.finish();
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            m_prompts.error(this, tr("The report failed"), written.error());
        return false;
    }
    m_written = int(report->useCases.size());
    m_leftOut = report->restrictedLeftOut;
    accept();
    return true;
}

} // namespace casebook::ui
