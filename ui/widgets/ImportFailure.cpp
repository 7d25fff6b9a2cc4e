#include "widgets/ImportFailure.h"

namespace casebook::ui {

namespace {

constexpr int kMaxDetail = 4000;

bool readable(char32_t c)
{
    if (c == U'\n' || c == U'\t')
        return true;
    if (c == QChar::ReplacementCharacter || QChar::isNonCharacter(c))
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Other_PrivateUse:
    case QChar::Other_NotAssigned:
    case QChar::Other_Surrogate: return false;
    default: return true;
    }
}

} // namespace

Error ImportFailure::told(const Error &error)
{
    return Error{error.code, sentence(error.message), readableDetail(error.detail)};
}

QString ImportFailure::sentence(const QString &why)
{
    return tr("Nothing was changed: the import did not happen.") + QLatin1Char('\n') + readableDetail(why);
}

QString ImportFailure::readableDetail(const QString &detail)
{
    QString out;
    out.reserve(std::min(int(detail.size()), kMaxDetail) + 1);
    bool dropped = false;
    const QList<uint> codePoints = detail.toUcs4(); // lone surrogates become U+FFFD
    for (const uint c : codePoints) {
        if (out.size() >= kMaxDetail) {
            out.append(QChar(0x2026));
            break;
        }
        if (readable(c)) {
            const char32_t point = c;
            out.append(QString::fromUcs4(&point, 1));
            dropped = false;
        } else if (!dropped) {
            out.append(QChar(0x2026));
            dropped = true;
        }
    }
    return out;
}

} // namespace casebook::ui
