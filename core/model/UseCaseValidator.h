#pragma once

#include "model/UseCase.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace casebook {

class Vocabulary;

/// Limits on what a use case may hold; input beyond them is rejected, never truncated. Editors
/// take their maximum lengths from here.
struct UseCaseLimits
{
    static constexpr int kTitleChars = 500;
    static constexpr int kShortTextChars = 2000;
    static constexpr int kSummaryChars = 20000;
    static constexpr int kLongTextChars = 1000000;
    static constexpr int kListItems = 10000;
    static constexpr int kTagChars = 100;
    static constexpr int kCodeChars = 64; ///< code, version, U4SSC KPI codes
    static constexpr int kUuidChars = 64;
    static constexpr int kEmailChars = 320;
    static constexpr int kLanguageChars = 35;
    static constexpr int kFileNameChars = 255; ///< attachment file name and media type
    static constexpr int kCountryChars = 2;
};

/// One problem of one field: `field` is its path in the JSON form ("title", "submitters[1].email").
struct FieldProblem
{
    QString field;
    QString message;
    /// "field: message", the form every reader reports.
    QString text() const;
    bool operator==(const FieldProblem &o) const { return field == o.field && message == o.message; }
};

/// The one set of rules a use case must satisfy, wherever it comes from: the JSON reader (bundles,
/// `add --json`, stored documents), the spreadsheet import (through the JSON reader) and the editor
/// all apply it, so none of them accepts what another refuses.
class UseCaseValidator
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseValidator)
public:
    /// Single-line text (titles, codes, names, short labels) or text that may span lines.
    enum class TextKind { SingleLine, MultiLine };

    /// Every problem of the record, in the order of the JSON form's fields.
    static QList<FieldProblem> validate(const UseCase &useCase);
    /// The first problem as an InputRejected error ("field: message"), or success.
    static Status check(const UseCase &useCase);

    /// The problem with one text value, or an empty string: required and empty, too long, or
    /// holding characters its kind does not allow.
    static QString textProblem(const QString &text, int maxChars, TextKind kind, bool required = false);
    /// True when text has no control characters but tab and line breaks (multi-line text).
    static bool hasAllowedCharacters(const QString &text);
    /// True when text is one line without control characters (C0, DEL, C1) and without the bidi
    /// embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) that can make text
    /// look like something else; the marks U+200E/U+200F are allowed.
    static bool isSingleLine(const QString &text);
    /// Text to show on one line whatever it holds (a record stored before the single-line rule):
    /// white space folded to single spaces, other control and bidi characters replaced by U+FFFD.
    static QString asSingleLine(const QString &text);
    /// The email rule: something@domain.tld, no spaces. Empty result: fine.
    static QString emailProblem(const QString &email);
    /// The link rule: an absolute URL with a host, or a urn: or mailto: address.
    static QString linkProblem(const QString &link);
    /// A BCP 47 language tag such as en, ar or zh-Hans.
    static QString languageProblem(const QString &language);
    /// An ITU-T Question: Q<number>/<study group>, e.g. Q2/20.
    static QString questionProblem(const QString &question);
    /// A calendar date written YYYY, YYYY-MM or YYYY-MM-DD.
    static QString dateProblem(const QString &date);
    /// A UUID in any of Qt's accepted forms.
    static QString uuidProblem(const QString &uuid);
    /// A value that is empty or an id of `vocabulary`; `what` names the kind of value.
    static QString vocabularyProblem(const QString &value, const Vocabulary &vocabulary, const QString &what);
};

} // namespace casebook
