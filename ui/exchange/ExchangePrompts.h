#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace casebook::ui {

/// The questions and messages of the exchange dialogs, behind an interface so that tests answer them
/// without a modal dialog. DialogExchangePrompts shows real dialogs.
class ExchangePrompts
{
public:
    virtual ~ExchangePrompts() = default;
    /// A file to read; empty when the member cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    /// A file to write, starting from `suggested`; empty when the member cancels.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter) = 0;
    /// Shows an error's message (and its detail on request).
    virtual void showError(QWidget *parent, const QString &title, const Error &error) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    /// A yes/no question; true for yes.
    virtual bool confirm(QWidget *parent, const QString &title, const QString &question) = 0;
};

/// ExchangePrompts with QFileDialog and QMessageBox.
class DialogExchangePrompts : public ExchangePrompts
{
    Q_DECLARE_TR_FUNCTIONS(DialogExchangePrompts)
public:
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                         const QString &filter) override;
    void showError(QWidget *parent, const QString &title, const Error &error) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    bool confirm(QWidget *parent, const QString &title, const QString &question) override;
};

} // namespace casebook::ui
