#include "model/Confidence.h"

namespace casebook {

QString confidenceToString(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Low: return QStringLiteral("low");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::High: return QStringLiteral("high");
    case Confidence::None: break;
    }
    return {};
}

std::optional<Confidence> confidenceFromString(const QString &text)
{
    for (Confidence c : {Confidence::None, Confidence::Low, Confidence::Medium, Confidence::High}) {
        if (text == confidenceToString(c))
            return c;
    }
    return std::nullopt;
}

} // namespace casebook
