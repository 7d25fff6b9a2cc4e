#include "sync/PasswordDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebook::ui {

PasswordDialog::PasswordDialog(const Setup &setup, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Team Repository Password"));
    // Wide enough for a connection string on one line or two, not a word per line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(
        setup.refused ? tr("The team repository refused the password. Password for %1:").arg(setup.address)
                      : tr("Password for %1:").arg(setup.address),
        this);
    label->setObjectName(QStringLiteral("passwordLabel"));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    label->setBuddy(m_password);
    layout->addWidget(m_password);
    m_remember = new QCheckBox(tr("Remember in the system keychain"), this);
    m_remember->setObjectName(QStringLiteral("rememberPasswordCheck"));
    m_remember->setChecked(setup.remember && setup.keychainProblem.isEmpty());
    m_remember->setEnabled(setup.keychainProblem.isEmpty());
    m_remember->setToolTip(setup.keychainProblem);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

bool PasswordDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace casebook::ui
