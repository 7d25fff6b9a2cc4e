#include "bundle/ImportPreviewDialog.h"

#include "import/ImportPlanView.h"
#include "widgets/WindowGeometry.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

QLabel *plainLabel(const QString &name, const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // the creator's name comes from the bundle
    label->setWordWrap(true);
    return label;
}

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const BundleReader::Bundle &bundle, const ImportPlan &plan,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("Import %1").arg(plan.sourceName));
    m_view = new ImportPlanView(this);
    m_view->setPlan(plan, ImportPlanModel::Source::Bundle, {}, bundle.warnings);

    auto *buttons = new QDialogButtonBox(this);
    auto *import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setObjectName(QStringLiteral("previewImportButton"));
    import->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("previewCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(QStringLiteral("previewHeaderLabel"), headerText(bundle, plan), this));
    layout->addWidget(plainLabel(QStringLiteral("previewCountsLabel"), countsText(plan), this));
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    m_view->focusRecords();
    WindowGeometry::applyDefault(this, QSize(960, 640));
}

QString ImportPreviewDialog::headerText(const BundleReader::Bundle &bundle, const ImportPlan &plan)
{
    const QString creator =
        bundle.manifest.creator.name.isEmpty() ? tr("an unnamed member") : bundle.manifest.creator.name;
    if (plan.sourceKind == QLatin1String("sync"))
        return tr("Changes from the team repository %1 that meet your own.")
            .arg(bundle.manifest.creator.name);
    QString header = plan.sourceKind == QLatin1String("xml")
        ? tr("IEC 62559-3 use-case repository \"%1\".").arg(bundle.manifest.creator.name)
        : tr("Bundle from %1, made %2 with Casebook %3.")
              .arg(creator, QLocale().toString(bundle.manifest.createdAt.toLocalTime(), QLocale::ShortFormat),
                   bundle.manifest.appVersion);
    if (!plan.previousImports.isEmpty())
        header += QLatin1Char(' ')
            + tr("You imported this bundle before, on %1.")
                  .arg(QLocale().toString(plan.previousImports.first().importedAt.toLocalTime(),
                                          QLocale::ShortFormat));
    return header;
}

QString ImportPreviewDialog::countsText(const ImportPlan &plan)
{
    QStringList counts;
    for (RecordStatus s : ImportPlan::allStatuses()) {
        int n = 0;
        for (const RecordPlan &r : plan.records)
            n += r.status == s && r.kind != RecordKind::Attachment;
        if (n)
            counts.append(QStringLiteral("%1: %2").arg(ImportPlan::statusLabel(s)).arg(n));
    }
    return counts.join(QStringLiteral(" · "));
}

const Resolutions &ImportPreviewDialog::resolutions() const
{
    return m_view->resolutions();
}

QStringList ImportPreviewDialog::listedKeys() const
{
    return m_view->listedKeys();
}

void ImportPreviewDialog::selectRecord(const QString &key)
{
    m_view->selectRecord(key);
}

} // namespace casebook::ui
