#include "storage/UseCaseStoredForm.h"

#include "model/UseCaseJson.h"
#include "storage/SearchText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebook {

UseCaseStoredForm UseCaseStoredForm::of(const UseCase &u)
{
    UseCaseStoredForm f;
    f.document = UseCaseJson::toJson(u);
    f.document.remove(QStringLiteral("tags")); // kept in their own table
    f.text = QJsonDocument(f.document).toJson(QJsonDocument::Compact);
    f.summary = SearchText::summary(f.document).toUtf8();
    f.body = SearchText::body(f.document).toUtf8();
    f.m_uuid = u.uuid;
    f.m_code = u.code;
    f.m_title = u.title;
    f.m_createdAt = u.createdAt;
    f.m_modifiedAt = u.modifiedAt;
    f.m_modifiedBy = u.modifiedBy;
    f.m_revision = u.revision;
    return f;
}

bool UseCaseStoredForm::isFor(const UseCase &u) const
{
    return u.uuid == m_uuid && u.code == m_code && u.title == m_title && u.createdAt == m_createdAt
        && u.modifiedAt == m_modifiedAt && u.modifiedBy == m_modifiedBy && u.revision == m_revision;
}

QByteArray UseCaseStoredForm::bundleText(const QByteArray &stored, const QStringList &tags)
{
    // Walk the top-level members of the compact text: `{"key":value,"key":value}`. Values are
    // skipped by counting brackets outside strings; the first key after "tags" is where it goes.
    static const QByteArray kTags = QByteArrayLiteral("tags");
    if (stored.size() < 2 || stored.front() != '{' || stored.back() != '}')
        return {};
    qsizetype insertAt = stored.size() - 1; // before the closing brace when every key sorts first
    qsizetype i = 1;
    while (i < stored.size() - 1) {
        if (stored.at(i) != '"')
            return {};
        const qsizetype keyEnd = stored.indexOf('"', i + 1);
        if (keyEnd < 0)
            return {};
        const QByteArrayView key(stored.constData() + i + 1, keyEnd - i - 1);
        if (key.contains('\\') || key == kTags)
            return {}; // an escaped key would compare otherwise; a stored "tags" is not today's form
        if (QString::fromUtf8(key) > QLatin1String("tags")) {
            insertAt = i;
            break;
        }
        // Skip ':' and the value, to the ',' that ends the member (or the final '}').
        int depth = 0;
        bool inString = false;
        qsizetype j = keyEnd + 2;
        for (; j < stored.size(); ++j) {
            const char c = stored.at(j);
            if (inString) {
                if (c == '\\')
                    ++j;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the object's own closing brace
                --depth;
            } else if (c == ',' && depth == 0) {
                break;
            }
        }
        if (j >= stored.size())
            return {};
        i = j + 1;
    }
    const QByteArray member = QByteArrayLiteral("\"tags\":")
        + QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact);
    QByteArray out;
    out.reserve(stored.size() + member.size() + 1);
    out.append(stored.constData(), insertAt);
    if (insertAt == stored.size() - 1) { // last: after the other members
        if (insertAt > 1)
            out.append(',');
        out.append(member);
    } else {
        out.append(member);
        out.append(',');
    }
    out.append(stored.constData() + insertAt, stored.size() - insertAt);
    return out;
}

} // namespace casebook
