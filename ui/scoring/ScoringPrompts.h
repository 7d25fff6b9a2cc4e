#pragma once

#include "support/Result.h"

#include <QString>

class QWidget;

namespace casebook::ui {

/// The questions the scoring windows ask the user. Injected so GUI tests answer them without a modal
/// dialog; WidgetScoringPrompts is the real thing.
class ScoringPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~ScoringPrompts() = default;
    virtual void showError(QWidget *parent, const Error &error) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Yes or no; `text` says what happens on yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Unsaved changes: save them, drop them, or stay.
    virtual SaveChoice askSaveChanges(QWidget *parent, const QString &text) = 0;
    /// A file to read or write; empty when the user cancelled.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
};

/// ScoringPrompts with QMessageBox and QFileDialog.
class WidgetScoringPrompts : public ScoringPrompts
{
public:
    void showError(QWidget *parent, const Error &error) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &text) override;
    SaveChoice askSaveChanges(QWidget *parent, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;

    /// A process-wide instance, for callers that do not inject their own.
    static WidgetScoringPrompts &instance();
};

} // namespace casebook::ui
