#include "exchange/ExchangePrompts.h"

#include <QFileDialog>
#include <QMessageBox>

namespace casebook::ui {

QString DialogExchangePrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString DialogExchangePrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                            const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void DialogExchangePrompts::showError(QWidget *parent, const QString &title, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("exchangeErrorBox"));
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void DialogExchangePrompts::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("exchangeInformationBox"));
    box.exec();
}

bool DialogExchangePrompts::confirm(QWidget *parent, const QString &title, const QString &question)
{
    return QMessageBox::question(parent, title, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

} // namespace casebook::ui
