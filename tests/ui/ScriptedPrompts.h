#pragma once

#include "widgets/Prompts.h"

#include <QDialog>
#include <QList>
#include <QQueue>
#include <QStringList>
#include <QTest>
#include <QVariant>

#include <functional>

namespace casebook::test {

/// Answers the windows' questions from a script, in order, and records every question and message,
/// so GUI tests never block on a modal dialog. A question the script does not expect (none left, or
/// of another kind) fails the test. Messages (info, warning, error) need no answer: they are kept in
/// `shown` for the test to check.
class ScriptedPrompts : public ui::Prompts
{
public:
    enum class Kind { Confirm, Save, Text, Item, OpenFile, OpenFiles, SaveFile, Color, Dialog };
    enum class Message { Info, Warning, Error };
    struct Shown
    {
        Message kind;
        QString title;
        QString text;
        QString detail;
    };
    using DialogScript = std::function<int(QDialog &)>;

    ScriptedPrompts &confirmWith(bool yes) { return push(Kind::Confirm, yes); }
    ScriptedPrompts &saveWith(SaveChoice choice) { return push(Kind::Save, int(choice)); }
    ScriptedPrompts &textWith(const std::optional<QString> &text) { return push(Kind::Text, optional(text)); }
    ScriptedPrompts &itemWith(const std::optional<QString> &item) { return push(Kind::Item, optional(item)); }
    ScriptedPrompts &openFileWith(const QString &path) { return push(Kind::OpenFile, path); }
    ScriptedPrompts &openFilesWith(const QStringList &paths) { return push(Kind::OpenFiles, paths); }
    ScriptedPrompts &saveFileWith(const QString &path) { return push(Kind::SaveFile, path); }
    ScriptedPrompts &colorWith(const QColor &color) { return push(Kind::Color, color); }
    /// The dialog is handed to `script`, which may fill it in; its return value is the result.
    ScriptedPrompts &dialogWith(DialogScript script)
    {
        m_script.enqueue({Kind::Dialog, {}, std::move(script)});
        return *this;
    }
    /// Accepts the next dialog as it stands.
    ScriptedPrompts &acceptDialog()
    {
        return dialogWith([](QDialog &) { return int(QDialog::Accepted); });
    }

    /// Answers not used yet.
    int pending() const { return int(m_script.size()); }
    QStringList asked; ///< every question (title or text), in order
    QList<Shown> shown; ///< every message, in order
    QList<Error> errors; ///< the errors among them

    QStringList errorTexts() const { return texts(Message::Error); }
    QStringList texts(Message kind) const
    {
        QStringList out;
        for (const Shown &s : shown) {
            if (s.kind == kind)
                out.append(s.text);
        }
        return out;
    }

    void info(QWidget *, const QString &title, const QString &text) override
    {
        shown.append({Message::Info, title, text, {}});
    }
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        shown.append({Message::Warning, title, text, {}});
    }
    void error(QWidget *, const QString &title, const Error &error) override
    {
        shown.append({Message::Error, title, error.message, error.detail});
        errors.append(error);
    }
    bool confirm(QWidget *, const Confirmation &c) override
    {
        return next(Kind::Confirm, c.title + QLatin1String(": ") + c.question).toBool();
    }
    SaveChoice askSaveChanges(QWidget *, const QString &question) override
    {
        const QVariant v = next(Kind::Save, question);
        return v.isValid() ? SaveChoice(v.toInt()) : SaveChoice::Cancel;
    }
    std::optional<QString> askText(QWidget *, const QString &title, const QString &, const QString &,
                                   const QStringList &) override
    {
        return fromVariant(next(Kind::Text, title));
    }
    std::optional<QString> askItem(QWidget *, const QString &title, const QString &,
                                   const QStringList &) override
    {
        return fromVariant(next(Kind::Item, title));
    }
    QString chooseOpenFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        return next(Kind::OpenFile, title).toString();
    }
    QStringList chooseOpenFiles(QWidget *, const QString &title, const QString &, const QString &) override
    {
        return next(Kind::OpenFiles, title).toStringList();
    }
    QString chooseSaveFile(QWidget *, const QString &title, const QString &, const QString &,
                           Overwrite = Overwrite::Ask) override
    {
        return next(Kind::SaveFile, title).toString();
    }
    QColor chooseColor(QWidget *, const QString &title, const QColor &) override
    {
        return next(Kind::Color, title).value<QColor>();
    }
    int exec(QDialog &dialog) override
    {
        asked.append(dialog.windowTitle());
        if (!expect(Kind::Dialog, dialog.windowTitle()))
            return QDialog::Rejected;
        return m_script.dequeue().dialog(dialog);
    }

private:
    struct Answer
    {
        Kind kind;
        QVariant value;
        DialogScript dialog;
    };

    ScriptedPrompts &push(Kind kind, const QVariant &value)
    {
        m_script.enqueue({kind, value, {}});
        return *this;
    }
    static QVariant optional(const std::optional<QString> &text)
    {
        return text ? QVariant(*text) : QVariant();
    }
    static std::optional<QString> fromVariant(const QVariant &v)
    {
        return v.isValid() ? std::optional<QString>(v.toString()) : std::nullopt;
    }
    bool expect(Kind kind, const QString &question)
    {
        if (!m_script.isEmpty() && m_script.head().kind == kind)
            return true;
        const QByteArray text = QStringLiteral("Unexpected question (kind %1, %2 answers left): %3")
                                    .arg(int(kind))
                                    .arg(m_script.size())
                                    .arg(question)
                                    .toUtf8();
        QTest::qFail(text.constData(), __FILE__, __LINE__);
        return false;
    }
    /// The next answer, or an invalid QVariant (cancel) after failing the test.
    QVariant next(Kind kind, const QString &question)
    {
        asked.append(question);
        return expect(kind, question) ? m_script.dequeue().value : QVariant();
    }

    QQueue<Answer> m_script;
};

} // namespace casebook::test
