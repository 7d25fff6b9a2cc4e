#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace casebook::ui {

/// Asks for the password of a team repository when the server wants one (or refused the one
/// tried), with "Remember in the system keychain" (ServerPasswords).
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    struct Setup
    {
        QString address; ///< the connection string without any password
        bool refused = false; ///< a password was tried and the server refused it
        bool remember = false; ///< the check box's first state
        QString keychainProblem; ///< why the keychain cannot remember (empty: it can)
    };

    PasswordDialog(const Setup &setup, QWidget *parent);

    QString password() const;
    bool remember() const;

private:
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
};

} // namespace casebook::ui
