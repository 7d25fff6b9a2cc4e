#include "preferences/PreferencesDialog.h"

#include "model/UseCaseJson.h"
#include "storage/Database.h"
#include "widgets/AccessibleNames.h"
#include "widgets/PaletteTint.h"
#include "widgets/Prompts.h"
#include "widgets/WindowGeometry.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

PreferencesDialog::PreferencesDialog(const Preferences &preferences, Prompts &prompts, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    auto *identity = new QGroupBox(tr("You"), this);
    auto *identityForm = new QFormLayout(identity);
    m_name = new QLineEdit(preferences.name, identity);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Recorded as the editor of your changes and as assessor"));
    m_organization = new QLineEdit(preferences.organization, identity);
    m_organization->setObjectName(QStringLiteral("organizationEdit"));
    m_email = new QLineEdit(preferences.email, identity);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    for (QLineEdit *contact : {m_organization, m_email})
        contact->setPlaceholderText(tr("Put on the cover of the reports you write"));
    m_emailError = new QLabel(identity);
    m_emailError->setObjectName(QStringLiteral("emailErrorLabel"));
    m_emailError->setPalette(PaletteTint::warning(m_emailError->palette()));
    m_emailError->hide();
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&Organization:"), m_organization);
    identityForm->addRow(tr("&Email:"), m_email);
    identityForm->addRow(QString(), m_emailError);
    addAssessorRow(identityForm, identity);

    auto *appearance = new QGroupBox(tr("Language"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const auto &l : Preferences::languages())
        m_language->addItem(l.second, l.first);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
    auto *restartNote = new QLabel(tr("A new language applies the next time Casebook starts."), appearance);
    restartNote->setWordWrap(true);
    m_language->setAccessibleDescription(restartNote->text());
    appearanceForm->addRow(tr("&User interface:"), m_language);
    appearanceForm->addRow(QString(), restartNote);

    auto *storage = new QGroupBox(tr("Repository"), this);
    auto *storageForm = new QFormLayout(storage);
    m_repository = new QLineEdit(preferences.defaultRepository, storage);
    m_repository->setObjectName(QStringLiteral("defaultRepositoryEdit"));
    m_repository->setPlaceholderText(QDir::toNativeSeparators(Database::defaultPath()));
    auto *browse = new QPushButton(tr("&Browse..."), storage);
    browse->setObjectName(QStringLiteral("browseRepositoryButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_repository, 1);
    row->addWidget(browse);
    auto *repositoryLabel = new QLabel(tr("&Default repository:"), storage);
    repositoryLabel->setBuddy(m_repository); // a row of a layout gets no buddy by itself
    storageForm->addRow(repositoryLabel, row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            m_prompts.chooseSaveFile(this, tr("Default Repository"), m_repository->text(),
                                     tr("Casebook repositories (*.sqlite)"), Prompts::Overwrite::Allow);
        if (!path.isEmpty())
            m_repository->setText(QDir::toNativeSeparators(path));
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &PreferencesDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(identity);
    layout->addWidget(appearance);
    layout->addWidget(storage);
    layout->addStretch();
    layout->addWidget(m_buttons);
    WindowGeometry::applyDefault(this, QSize(520, sizeHint().height()));
    AccessibleNames::fromLabels(this);
    validate();
}

void PreferencesDialog::addAssessorRow(QFormLayout *form, QWidget *parent)
{
    auto *id = new QLineEdit(m_preferences.assessorId, parent);
    id->setObjectName(QStringLiteral("assessorIdEdit"));
    id->setReadOnly(true);
    id->setMinimumWidth(id->fontMetrics().horizontalAdvance(QString(38, QLatin1Char('0'))));
    auto *copy = new QPushButton(tr("&Copy"), parent);
    copy->setObjectName(QStringLiteral("copyAssessorIdButton"));
    copy->setEnabled(!m_preferences.assessorId.isEmpty());
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_preferences.assessorId); });
    auto *row = new QHBoxLayout;
    row->addWidget(id, 1);
    row->addWidget(copy);
    auto *label = new QLabel(tr("&Assessor identity:"), parent);
    label->setBuddy(id);
    form->addRow(label, row);
    auto *note = new QLabel(tr("Your scores are kept under this identity. To score as the same person "
                               "with casebook-cli, set CASEBOOK_ASSESSOR_ID to it."),
                            parent);
    note->setObjectName(QStringLiteral("assessorIdNote"));
    id->setAccessibleDescription(note->text());
    note->setWordWrap(true);
    form->addRow(QString(), note);
}

void PreferencesDialog::validate()
{
    const QString email = m_email->text().trimmed();
    const bool ok = email.isEmpty() || UseCaseJson::isValidEmail(email);
    m_emailError->setText(ok ? QString() : tr("This is not an email address."));
    m_emailError->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p = m_preferences;
    p.name = m_name->text().trimmed();
    p.organization = m_organization->text().trimmed();
    p.email = m_email->text().trimmed();
    p.language = m_language->currentData().toString();
    p.defaultRepository = QDir::fromNativeSeparators(m_repository->text().trimmed());
    return p;
}

} // namespace casebook::ui
