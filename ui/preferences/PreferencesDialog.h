#pragma once

#include "preferences/Preferences.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace casebook::ui {

class Prompts;

/// Edits the member's identity, UI language and default repository; shows the assessor identity
/// (read-only, with a Copy button) for use with casebook-cli.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    /// The file picker goes through `prompts`.
    PreferencesDialog(const Preferences &preferences, Prompts &prompts, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    void addAssessorRow(QFormLayout *form, QWidget *parent);
    void validate();

    Preferences m_preferences;
    Prompts &m_prompts;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_organization = nullptr;
    QLineEdit *m_email = nullptr;
    QLabel *m_emailError = nullptr;
    QComboBox *m_language = nullptr;
    QLineEdit *m_repository = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace casebook::ui
