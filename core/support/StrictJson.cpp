#include "support/StrictJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <future>
#include <optional>

namespace casebook {

namespace {

/// One open object or array while walking the text.
struct Frame
{
    bool object = false;
    qsizetype index = 0; ///< arrays: position of the current element
    QString key; ///< objects: the key of the current member
    QSet<QString> keys; ///< objects: every key seen so far
};

/// "use_cases[3].title" for the current position of `stack`, ending with `last` (a key).
QString pathOf(const QList<Frame> &stack, const QString &last)
{
    QString path;
    for (qsizetype i = 0; i + 1 < stack.size(); ++i) {
        const Frame &f = stack.at(i);
        if (f.object)
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + f.key;
        else
            path += QStringLiteral("[%1]").arg(f.index);
    }
    return path.isEmpty() ? last : path + QLatin1Char('.') + last;
}

/// The index just past the string that starts with the quote at `i` (valid JSON assumed).
qsizetype skipString(const QByteArray &s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s.at(i) == '\\')
            ++i;
        else if (s.at(i) == '"')
            return i + 1;
    }
    return s.size();
}

/// Decodes the JSON string between `begin` (after the opening quote) and `end` (the closing quote).
QString decodeString(const QByteArray &s, qsizetype begin, qsizetype end)
{
    QString out;
    qsizetype run = begin;
    for (qsizetype i = begin; i < end; ++i) {
        if (s.at(i) != '\\')
            continue;
        out += QString::fromUtf8(s.constData() + run, i - run);
        const char c = i + 1 < end ? s.at(i + 1) : '\\';
        switch (c) {
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u':
            out += QChar(char16_t(QByteArray(s.constData() + i + 2, 4).toUShort(nullptr, 16)));
            i += 4;
            break;
        default: out += QLatin1Char(c); break;
        }
        ++i;
        run = i + 1;
    }
    out += QString::fromUtf8(s.constData() + run, end - run);
    return out;
}

Error rejected(const QString &message, const QString &detail)
{
    return makeError(ErrorCode::InputRejected, message, detail);
}

/// The checks QJsonDocument does not make: every object's keys given once, and nesting no deeper
/// than `maxDepth`. A scan of the text of its own, so it runs beside the parser; on text that is not
/// valid JSON it finds nothing or something, and the parser's error is the one reported.
std::optional<Error> checkKeysAndDepth(const QByteArray &json, int maxDepth)
{
    QList<Frame> stack;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size();) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            if (stack.size() >= maxDepth) {
                return rejected(
                    StrictJson::tr("the JSON nests deeper than %1 levels at %2.")
                        .arg(maxDepth)
                        .arg(stack.isEmpty() ? StrictJson::tr("the top level") : pathOf(stack, {})),
                    QStringLiteral("depth %1 at byte %2").arg(stack.size() + 1).arg(i));
            }
            stack.append(Frame{c == '{', 0, {}, {}});
            expectKey = c == '{';
            ++i;
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty())
                return std::nullopt; // not valid JSON: the parser says where
            stack.removeLast();
            expectKey = false;
            ++i;
        } else if (c == ',') {
            if (!stack.isEmpty() && !stack.last().object)
                ++stack.last().index;
            expectKey = !stack.isEmpty() && stack.last().object;
            ++i;
        } else if (c == '"') {
            const qsizetype end = skipString(json, i);
            if (expectKey) {
                Frame &f = stack.last();
                f.key = decodeString(json, i + 1, end - 1);
                if (f.keys.contains(f.key)) {
                    const QString path = pathOf(stack, f.key);
                    return rejected(
                        StrictJson::tr("the key %1 appears twice in one object; each key may be given once.")
                            .arg(path),
                        QStringLiteral("duplicate key %1 at byte %2").arg(path).arg(i));
                }
                f.keys.insert(f.key);
                expectKey = false;
            }
            i = end;
        } else {
            ++i; // ':', white space, numbers, true, false, null
        }
    }
    return std::nullopt;
}

} // namespace

Result<QJsonDocument> StrictJson::parse(const QByteArray &json, int maxDepth)
{
    // Large documents (a bundle's list of use cases) are scanned on another core while Qt parses.
    constexpr qsizetype kScanAside = 1 << 20;
    const bool aside = json.size() >= kScanAside;
    std::future<std::optional<Error>> scan;
    if (aside)
        scan =
            std::async(std::launch::async, [&json, maxDepth] { return checkKeysAndDepth(json, maxDepth); });
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const std::optional<Error> problem = aside ? scan.get() : std::nullopt; // waited for before any return
    if (error.error != QJsonParseError::NoError) {
        return rejected(
            tr("the text is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset),
            QStringLiteral("%1 at byte %2").arg(error.errorString()).arg(error.offset));
    }
    if (problem)
        return *problem;
    if (!aside) {
        if (auto found = checkKeysAndDepth(json, maxDepth))
            return *found;
    }
    return doc;
}

StrictJson::Size StrictJson::measure(const QJsonValue &value, qint64 maxBytes, int maxDepth)
{
    // Depth-first with an explicit stack of (value, depth); containers push their members.
    Size size;
    QList<QPair<QJsonValue, int>> pending{{value, 0}};
    while (!pending.isEmpty()) {
        const auto [v, depth] = pending.takeLast();
        switch (v.type()) {
        case QJsonValue::String: {
            // UTF-8 never takes fewer bytes than UTF-16 code units: a long text is over at once.
            const QString text = v.toString();
            size.bytes += 2 + (text.size() > maxBytes ? text.size() : text.toUtf8().size());
            break;
        }
        case QJsonValue::Double: size.bytes += 24; break;
        case QJsonValue::Bool:
        case QJsonValue::Null:
        case QJsonValue::Undefined: size.bytes += 5; break;
        case QJsonValue::Array: {
            size.depth = std::max(size.depth, depth + 1);
            const QJsonArray a = v.toArray();
            size.bytes += 2 + a.size();
            for (qsizetype k = 0; k < a.size() && size.bytes <= maxBytes; ++k)
                pending.append({a.at(k), depth + 1});
            break;
        }
        case QJsonValue::Object: {
            size.depth = std::max(size.depth, depth + 1);
            const QJsonObject o = v.toObject();
            size.bytes += 2 + o.size();
            for (auto it = o.constBegin(); it != o.constEnd() && size.bytes <= maxBytes; ++it) {
                size.bytes += it.key().toUtf8().size() + 3;
                pending.append({it.value(), depth + 1});
            }
            break;
        }
        }
        size.overBytes = size.bytes > maxBytes;
        size.overDepth = size.depth > maxDepth;
        if (size.overBytes || size.overDepth)
            break;
    }
    return size;
}

} // namespace casebook
