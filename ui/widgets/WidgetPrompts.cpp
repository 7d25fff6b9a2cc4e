#include "widgets/WidgetPrompts.h"
#include "widgets/WindowGeometry.h"

#include <QAbstractButton>
#include <QColorDialog>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

/// Every box starts here: text from a file must never be read as markup.
std::unique_ptr<QMessageBox> plainBox(QMessageBox::Icon icon, const QString &title, const QString &text,
                                      QMessageBox::StandardButtons buttons, QWidget *parent)
{
    auto box = std::make_unique<QMessageBox>(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    return box;
}

} // namespace

void WidgetPrompts::info(QWidget *parent, const QString &title, const QString &text)
{
    plainBox(QMessageBox::Information, title, text, QMessageBox::Ok, parent)->exec();
}

void WidgetPrompts::warning(QWidget *parent, const QString &title, const QString &text)
{
    plainBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent)->exec();
}

std::unique_ptr<QMessageBox> WidgetPrompts::errorBox(QWidget *parent, const QString &title,
                                                     const Error &error)
{
    auto box = plainBox(QMessageBox::Warning, title, error.message, QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorMessageBox"));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    return box;
}

void WidgetPrompts::error(QWidget *parent, const QString &title, const Error &error)
{
    errorBox(parent, title, error)->exec();
}

std::unique_ptr<QMessageBox> WidgetPrompts::confirmBox(QWidget *parent, const Confirmation &c)
{
    const bool named = !c.acceptText.isEmpty();
    const QMessageBox::StandardButton accept = named ? QMessageBox::Ok : QMessageBox::Yes;
    const QMessageBox::StandardButton refuse = named ? QMessageBox::Cancel : QMessageBox::No;
    auto box = plainBox(c.risky ? QMessageBox::Warning : QMessageBox::Question, c.title, c.question,
                        accept | refuse, parent);
    if (!c.informative.isEmpty())
        box->setInformativeText(c.informative);
    if (named)
        box->button(accept)->setText(c.acceptText);
    box->setDefaultButton(c.risky ? refuse : accept);
    box->setEscapeButton(refuse);
    return box;
}

bool WidgetPrompts::confirm(QWidget *parent, const Confirmation &c)
{
    const int answer = confirmBox(parent, c)->exec();
    return answer == QMessageBox::Ok || answer == QMessageBox::Yes;
}

Prompts::SaveChoice WidgetPrompts::askSaveChanges(QWidget *parent, const QString &question)
{
    auto box = plainBox(QMessageBox::Warning, tr("Unsaved changes"), question,
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setInformativeText(tr("If you don't save, your changes will be lost."));
    box->setDefaultButton(QMessageBox::Save);
    switch (box->exec()) {
    case QMessageBox::Save: return SaveChoice::Save;
    case QMessageBox::Discard: return SaveChoice::Discard;
    default: return SaveChoice::Cancel;
    }
}

std::optional<QString> WidgetPrompts::askText(QWidget *parent, const QString &title, const QString &label,
                                              const QString &initial, const QStringList &completions)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *text = new QLabel(label, &dialog);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    auto *edit = new QLineEdit(initial, &dialog);
    edit->setObjectName(QStringLiteral("promptLineEdit"));
    text->setBuddy(edit);
    if (!completions.isEmpty()) {
        auto *completer = new QCompleter(completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(text);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    WindowGeometry::applyDefault(&dialog, QSize(420, dialog.sizeHint().height()));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text();
}

std::optional<QString> WidgetPrompts::askItem(QWidget *parent, const QString &title, const QString &label,
                                              const QStringList &items)
{
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? std::optional<QString>(item) : std::nullopt;
}

QString WidgetPrompts::chooseOpenFile(QWidget *parent, const QString &title, const QString &folder,
                                      const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QStringList WidgetPrompts::chooseOpenFiles(QWidget *parent, const QString &title, const QString &folder,
                                           const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, title, folder, filter);
}

QString WidgetPrompts::chooseSaveFile(QWidget *parent, const QString &title, const QString &path,
                                      const QString &filter, Overwrite overwrite)
{
    const QFileDialog::Options options =
        overwrite == Overwrite::Allow ? QFileDialog::DontConfirmOverwrite : QFileDialog::Options();
    return QFileDialog::getSaveFileName(parent, title, path, filter, nullptr, options);
}

QColor WidgetPrompts::chooseColor(QWidget *parent, const QString &title, const QColor &initial)
{
    return QColorDialog::getColor(initial, parent, title);
}

int WidgetPrompts::exec(QDialog &dialog)
{
    return dialog.exec();
}

} // namespace casebook::ui
