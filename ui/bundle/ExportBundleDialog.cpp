#include "bundle/ExportBundleDialog.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleWriter.h"
#include "storage/Database.h"
#include "widgets/PaletteTint.h"
#include "widgets/WindowGeometry.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace casebook::ui {

ExportBundleDialog::ExportBundleDialog(Database &db, const QStringList &selectedUuids, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_selected(selectedUuids)
{
    setObjectName(QStringLiteral("exportBundleDialog"));
    setWindowTitle(tr("Export a bundle"));

    auto *what = new QGroupBox(tr("What to include"), this);
    what->setObjectName(QStringLiteral("exportWhatGroup"));
    auto *grid = new QGridLayout(what);
    m_everything = new QRadioButton(tr("&Everything"), what);
    m_everything->setObjectName(QStringLiteral("exportEverythingRadio"));
    m_selection =
        new QRadioButton(tr("The &selected use cases (%n)", nullptr, int(selectedUuids.size())), what);
    m_selection->setObjectName(QStringLiteral("exportSelectionRadio"));
    m_selection->setEnabled(!selectedUuids.isEmpty());
    m_byTag = new QRadioButton(tr("Use cases with the &tag"), what);
    m_byTag->setObjectName(QStringLiteral("exportTagRadio"));
    m_tag = new QLineEdit(what);
    m_tag->setObjectName(QStringLiteral("exportTagEdit"));
    m_tag->setPlaceholderText(tr("e.g. sdo/ITU-T"));
    m_bySearch = new QRadioButton(tr("Use cases matching the se&arch"), what);
    m_bySearch->setObjectName(QStringLiteral("exportSearchRadio"));
    m_query = new QLineEdit(what);
    m_query->setObjectName(QStringLiteral("exportSearchEdit"));
    m_query->setPlaceholderText(tr("e.g. \"smart meter\" region:Africa"));
    m_bySince = new QRadioButton(tr("What changed si&nce"), what);
    m_bySince->setObjectName(QStringLiteral("exportSinceRadio"));
    m_since = new QDateEdit(QDate::currentDate().addMonths(-1), what);
    m_since->setObjectName(QStringLiteral("exportSinceDate"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setToolTip(tr("What changed on or after this day goes in the bundle"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_everything, m_selection, m_byTag, m_bySearch, m_bySince})
        group->addButton(b);
    grid->addWidget(m_everything, 0, 0, 1, 2);
    grid->addWidget(m_selection, 1, 0, 1, 2);
    grid->addWidget(m_byTag, 2, 0);
    grid->addWidget(m_tag, 2, 1);
    grid->addWidget(m_bySearch, 3, 0);
    grid->addWidget(m_query, 3, 1);
    grid->addWidget(m_bySince, 4, 0);
    grid->addWidget(m_since, 4, 1);
    grid->setColumnStretch(1, 1);
    (selectedUuids.isEmpty() ? m_everything : m_selection)->setChecked(true);

    m_attachments = new QCheckBox(tr("Include &attachments (uncheck for a smaller \"lean\" bundle)"), this);
    m_attachments->setObjectName(QStringLiteral("exportAttachmentsCheck"));
    m_attachments->setChecked(true);
    m_includeRestricted = new QCheckBox(tr("Include rest&ricted use cases"), this);
    m_includeRestricted->setObjectName(QStringLiteral("exportIncludeRestrictedCheck"));
    m_includeRestricted->setToolTip(
        tr("Use cases whose sharing level is restricted are left out unless you check this, even "
           "when you selected them."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("exportSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("exportSizeWarningLabel"));
    m_warning->setWordWrap(true);
    m_warning->setPalette(PaletteTint::warning(m_warning->palette()));

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("exportButtons"));
    m_saveButton = buttons->addButton(tr("&Save bundle..."), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("exportSaveButton"));
    m_emailButton = buttons->addButton(tr("Share by e&mail..."), QDialogButtonBox::AcceptRole);
    m_emailButton->setObjectName(QStringLiteral("exportEmailButton"));
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("exportCancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { m_action = Action::Save; });
    connect(m_emailButton, &QPushButton::clicked, this, [this] { m_action = Action::Email; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_attachments);
    layout->addWidget(m_includeRestricted);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addStretch();
    layout->addWidget(buttons);

    for (QRadioButton *b : {m_everything, m_selection, m_byTag, m_bySearch, m_bySince})
        connect(b, &QRadioButton::toggled, this, &ExportBundleDialog::updateEstimate);
    connect(m_tag, &QLineEdit::editingFinished, this, &ExportBundleDialog::updateEstimate);
    connect(m_query, &QLineEdit::editingFinished, this, &ExportBundleDialog::updateEstimate);
    connect(m_since, &QDateEdit::dateChanged, this, &ExportBundleDialog::updateEstimate);
    connect(m_attachments, &QCheckBox::toggled, this, &ExportBundleDialog::updateEstimate);
    connect(m_includeRestricted, &QCheckBox::toggled, this, &ExportBundleDialog::updateEstimate);
    connect(m_tag, &QLineEdit::textEdited, this, [this] { m_byTag->setChecked(true); });
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_bySearch->setChecked(true); });
    updateEstimate();
    WindowGeometry::applyDefault(this, sizeHint().expandedTo(QSize(520, 0)));
}

void ExportBundleDialog::setQuery(const QString &query)
{
    m_query->setText(query);
    m_bySearch->setChecked(true);
    updateEstimate();
}

ExportSelection ExportBundleDialog::selection() const
{
    ExportSelection s;
    if (m_selection->isChecked())
        s.ids = m_selected;
    else if (m_byTag->isChecked())
        s.tag = m_tag->text().trimmed();
    else if (m_bySearch->isChecked())
        s.query = m_query->text();
    else if (m_bySince->isChecked())
        s.since = QDateTime(m_since->date(), QTime(0, 0), Qt::UTC);
    s.includeRestricted = m_includeRestricted->isChecked();
    return s;
}

bool ExportBundleDialog::lean() const
{
    return !m_attachments->isChecked();
}

QString ExportBundleDialog::contentsText(int useCases, int assessments, int attachments)
{
    return tr("%1, %2 and %3")
        .arg(tr("%n use case(s)", nullptr, useCases), tr("%n assessment(s)", nullptr, assessments),
             tr("%n attachment(s)", nullptr, attachments));
}

QString ExportBundleDialog::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1);
}

void ExportBundleDialog::updateEstimate()
{
    const ExportSelection chosenBy = selection();
    auto chosen = chosenBy.select(m_db);
    auto records = chosen
        ? BundleExporter::collect(m_db, chosenBy, *chosen, lean(), BundleExporter::For::Writing)
        : Result<IncomingRecords>(chosen.error());
    if (!records) {
        m_summary->setText(records.error().message);
        m_warning->clear();
        m_saveButton->setEnabled(false);
        m_emailButton->setEnabled(false);
        return;
    }
    const auto docs = BundleWriter::documents(*records);
    if (!docs) {
        m_summary->setText(docs.error().message);
        m_warning->clear();
        m_saveButton->setEnabled(false);
        m_emailButton->setEnabled(false);
        return;
    }
    qint64 bytes = 0;
    for (const QByteArray &d : *docs)
        bytes += d.size() / 6; // JSON deflates to about a sixth
    for (const QByteArray &a : std::as_const(records->attachments))
        bytes += a.size();
    m_estimate = bytes + 2048;
    QString text = tr("%1: about %2.")
                       .arg(contentsText(int(records->useCases.size()), int(records->assessments.size()),
                                         int(records->attachments.size())),
                            sizeText(m_estimate));
    if (chosen->leftOut() > 0)
        text += QLatin1Char(' ')
            + tr("%n restricted use case(s) left out; check “Include restricted use cases” to share them.",
                 nullptr, chosen->leftOut());
    m_summary->setText(text);
    m_warning->setText(m_estimate > BundleFormat::kMailWarningBytes
                           ? tr("Above 20 MB: many mail servers refuse attachments this large. Leave the "
                                "attachments out or choose fewer use cases.")
                           : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
    const bool any = !records->useCases.isEmpty() || !records->tombstones.isEmpty();
    m_saveButton->setEnabled(any);
    m_emailButton->setEnabled(any);
}

} // namespace casebook::ui
