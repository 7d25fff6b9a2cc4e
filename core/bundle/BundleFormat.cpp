#include "bundle/BundleFormat.h"

#include <QRegularExpression>

namespace casebook {

bool BundleFormat::isAllowedName(const QString &name)
{
    if (name == manifestName() || name == useCasesName() || name == rubricsName() || name == assessmentsName()
        || name == tagsName() || name == tombstonesName() || name == workshopsName())
        return true;
    static const QRegularExpression other(QRegularExpression::anchoredPattern(
        QStringLiteral("attachments/[0-9a-f]{64}|(usecases|assessments|tombstones)-[0-9]{4}\\.json")));
    return other.match(name).hasMatch() && !name.endsWith(QLatin1String("-0000.json"))
        && !name.endsWith(QLatin1String("-0001.json"));
}

QString BundleFormat::partName(const QString &document, int part)
{
    const QString base = document.chopped(5); // ".json"
    return QStringLiteral("%1-%2.json").arg(base).arg(part, 4, 10, QLatin1Char('0'));
}

QStringList BundleFormat::splittableNames()
{
    return {useCasesName(), assessmentsName(), tombstonesName()};
}

QString BundleFormat::minReaderVersion(const QStringList &entryNames)
{
    if (entryNames.contains(workshopsName()))
        return QStringLiteral("%1.2").arg(kMajor);
    for (const QString &name : entryNames) {
        for (const QString &document : splittableNames()) {
            if (name == partName(document, 2))
                return QStringLiteral("%1.1").arg(kMajor);
        }
    }
    return QStringLiteral("%1.0").arg(kMajor);
}

bool BundleFormat::parseVersion(const QString &text, int *major, int *minor)
{
    // ASCII digits only, and nothing after the minor number: '$' would also match before a final
    // line break, and \d would also take digits of other scripts.
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
