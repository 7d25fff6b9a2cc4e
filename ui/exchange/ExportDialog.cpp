#include "exchange/ExportDialog.h"

#include "widgets/OperationProgress.h"
#include "widgets/SelectionBox.h"

#include "storage/Database.h"
#include "widgets/Prompts.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
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
#include <QStandardPaths>
#include <QVBoxLayout>

namespace casebook::ui {

ExportDialog::ExportDialog(Database &db, Prompts &prompts, const QStringList &selectedUuids,
                           const QString &query, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_prompts(prompts)
    , m_selected(selectedUuids)
    , m_query(query.trimmed())
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));

    auto *what = new QGroupBox(tr("What to write"), this);
    what->setObjectName(QStringLiteral("kindGroup"));
    m_useCasesCsv =
        new QRadioButton(tr("&Use cases as a spreadsheet (CSV, one row each, every field)"), what);
    m_useCasesCsv->setObjectName(QStringLiteral("useCasesCsvRadio"));
    m_scoresCsv =
        new QRadioButton(tr("&Scores as a spreadsheet (CSV, a row per criterion and assessor, and a "
                            "summary per use case)"),
                         what);
    m_scoresCsv->setObjectName(QStringLiteral("scoresCsvRadio"));
    m_json = new QRadioButton(tr("Use cases as &JSON (for scripts)"), what);
    m_json->setObjectName(QStringLiteral("jsonRadio"));
    m_xml = new QRadioButton(tr("Use cases as IEC 62559-3 &XML (for use-case tools)"), what);
    m_xml->setObjectName(QStringLiteral("xmlRadio"));
    m_useCasesCsv->setChecked(true);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_useCasesCsv);
    whatLayout->addWidget(m_scoresCsv);
    whatLayout->addWidget(m_json);
    whatLayout->addWidget(m_xml);

    m_which = new SelectionBox(m_selected, m_query, this);
    m_sinceCheck = new QCheckBox(tr("Only those &modified since"), m_which);
    m_sinceCheck->setObjectName(QStringLiteral("sinceCheckBox"));
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), m_which);
    m_since->setObjectName(QStringLiteral("sinceDateEdit"));
    m_since->setCalendarPopup(true);
    m_since->setToolTip(tr("Use cases modified on or after this day"));
    m_since->setEnabled(false);
    auto *sinceRow = new QHBoxLayout;
    sinceRow->addWidget(m_sinceCheck);
    sinceRow->addWidget(m_since);
    sinceRow->addStretch(1);
    m_which->addRow(sinceRow);

    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separatorCombo"));
    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; ) for Excel in most European languages"), QStringLiteral(";"));
    m_separator->setToolTip(tr("The character between the columns of the spreadsheet"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setToolTip(tr("The file to write: type its path or choose it with Browse…"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("S&eparator:"), m_separator);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, pathRow);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("exportCountLabel"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_which);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addStretch(1);
    layout->addWidget(buttons);

    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(dir).filePath(tr("use-cases") + QStringLiteral(".csv")));

    for (QRadioButton *r : {m_useCasesCsv, m_scoresCsv, m_json, m_xml})
        connect(r, &QRadioButton::toggled, this, &ExportDialog::updateState);
    connect(m_sinceCheck, &QCheckBox::toggled, this, &ExportDialog::updateState);
    connect(m_which, &SelectionBox::changed, this, &ExportDialog::updateState);
    connect(m_since, &QDateEdit::dateChanged, this, &ExportDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ExportKind ExportDialog::kind() const
{
    if (m_json->isChecked())
        return ExportKind::UseCasesJson;
    if (m_xml->isChecked())
        return ExportKind::UseCasesXml;
    return m_scoresCsv->isChecked() ? ExportKind::ScoresCsv : ExportKind::UseCasesCsv;
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection s = m_which->selection();
    if (m_sinceCheck->isChecked())
        s.since = QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
    return s;
}

void ExportDialog::setFilePath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::filePath() const
{
    return m_path->text().trimmed();
}

QString ExportDialog::filterFor(ExportKind kind) const
{
    if (kind == ExportKind::UseCasesXml)
        return tr("IEC 62559-3 XML (*.xml)");
    return kind == ExportKind::UseCasesJson ? tr("JSON (*.json)") : tr("Spreadsheets (*.csv)");
}

void ExportDialog::browse()
{
    const QString path = m_prompts.chooseSaveFile(this, tr("Export to"), filePath(), filterFor(kind()));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateState()
{
    const bool json = kind() == ExportKind::UseCasesJson;
    const bool xml = kind() == ExportKind::UseCasesXml;
    m_separator->setEnabled(!json && !xml);
    m_since->setEnabled(m_sinceCheck->isChecked());
    // Keep the file's extension in step with the kind.
    const QString path = filePath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        const QString wanted = json ? QStringLiteral("json")
            : xml                   ? QStringLiteral("xml")
                                    : QStringLiteral("csv");
        const QString suffix = info.suffix().toLower();
        if (suffix != wanted
            && (suffix == QLatin1String("csv") || suffix == QLatin1String("json")
                || suffix == QLatin1String("xml"))) {
            const QSignalBlocker blocker(m_path);
            m_path->setText(info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + wanted));
        }
    }
    auto chosen = selection().select(m_db);
    if (!chosen) {
        m_count->setText(chosen.error().message);
        m_exportButton->setEnabled(false);
        return;
    }
    QString text = tr("%n use case(s) will be exported.", nullptr, int(chosen->uuids.size()));
    if (chosen->leftOut() > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) left out; check “Include restricted use cases” to export them.",
                 nullptr, chosen->leftOut());
    m_count->setText(text);
    m_exportButton->setEnabled(!filePath().isEmpty());
}

bool ExportDialog::exportNow()
{
    const QString path = filePath();
    if (path.isEmpty())
        return false;
    if (!m_prompts.mayReplace(this, path))
        return false;
    CsvWriteOptions options;
    options.separator = m_separator->currentData().toString().at(0);
    // Only reads: on a connection of its own and a thread of its own, so the window stays live
    // (issue 13); the selection is resolved there as well. A cancel leaves no file.
    Result<SelectedUseCases> written = makeError(ErrorCode::Cancelled, QString());
    const ExportSelection chosen = selection();
    const ExportKind format = kind();
    OperationProgress::runInBackground(tr("Exporting…"), QStringLiteral("exportProgress"), this,
                                       [&](const OperationProgress::Progress &progress) {
                                           auto reader = m_db.openSibling();
                                           written = reader ? SpreadsheetExport::exportTo(
                                                         **reader, chosen, format, path, options, progress)
                                                            : Result<SelectedUseCases>(reader.error());
                                       });
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            m_prompts.error(this, tr("The export failed"), written.error());
        return false;
    }
    m_written = int(written->uuids.size());
    m_leftOut = written->restrictedLeftOut;
    accept();
    return true;
}

} // namespace casebook::ui
