#include "widgets/AccessibleNames.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace casebook::ui {

namespace {

/// The label's words without the accelerator's ampersand and the closing colon.
QString spoken(QString text)
{
    text.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xff1a))) // ASCII or full-width colon
        text.chop(1);
    return text.trimmed();
}

/// A field's placeholder is its hint: its description when a label names it, else its name.
template<typename Edit> void fromPlaceholders(QWidget *root)
{
    const QList<Edit *> edits = root->findChildren<Edit *>();
    for (Edit *edit : edits) {
        if (edit->placeholderText().isEmpty())
            continue;
        if (edit->accessibleName().isEmpty())
            edit->setAccessibleName(edit->placeholderText());
        else if (edit->accessibleDescription().isEmpty() && edit->toolTip().isEmpty())
            edit->setAccessibleDescription(edit->placeholderText());
    }
}

} // namespace

void AccessibleNames::fromLabels(QWidget *root)
{
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (buddy && buddy->accessibleName().isEmpty() && label->textFormat() != Qt::RichText)
            buddy->setAccessibleName(spoken(label->text()));
    }
    fromPlaceholders<QLineEdit>(root);
    fromPlaceholders<QPlainTextEdit>(root);
}

} // namespace casebook::ui
