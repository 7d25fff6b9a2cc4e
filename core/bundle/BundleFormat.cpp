#include "bundle/BundleFormat.h"

#include <QRegularExpression>

namespace casebook {

bool BundleFormat::isAllowedName(const QString &name)
{
    if (name == manifestName() || name == useCasesName() || name == rubricsName() || name == assessmentsName()
        || name == tagsName() || name == tombstonesName())
        return true;
    static const QRegularExpression attachment(QStringLiteral("^attachments/[0-9a-f]{64}$"));
    return attachment.match(name).hasMatch();
}

bool BundleFormat::parseVersion(const QString &text, int *major, int *minor)
{
    // Anchored to the whole text: '$' alone would also match before a final line break ("1.0\n").
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,4})\\.([0-9]{1,4})")));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *major = m.captured(1).toInt();
    *minor = m.captured(2).toInt();
    return true;
}

} // namespace casebook
