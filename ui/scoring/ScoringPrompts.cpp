#include "scoring/ScoringPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace casebook::ui {

namespace {
QString trp(const char *text)
{
    return QCoreApplication::translate("casebook::ui::ScoringPrompts", text);
}
} // namespace

void WidgetScoringPrompts::showError(QWidget *parent, const Error &error)
{
    QMessageBox box(QMessageBox::Warning, trp("Casebook"), error.message, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.exec();
}

void WidgetScoringPrompts::showInformation(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

bool WidgetScoringPrompts::confirm(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

ScoringPrompts::SaveChoice WidgetScoringPrompts::askSaveChanges(QWidget *parent, const QString &text)
{
    QMessageBox box(QMessageBox::Question, trp("Unsaved changes"), text,
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

QString WidgetScoringPrompts::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString WidgetScoringPrompts::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                           const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

WidgetScoringPrompts &WidgetScoringPrompts::instance()
{
    static WidgetScoringPrompts prompts;
    return prompts;
}

} // namespace casebook::ui
