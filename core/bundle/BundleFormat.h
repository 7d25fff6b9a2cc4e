#pragma once

#include <QString>

namespace casebook {

/// Constants of the .casebook bundle format (docs/bundle-format.md, resources/schema/).
struct BundleFormat
{
    static constexpr char kFormatName[] = "casebook-bundle";
    static constexpr int kMajor = 1; ///< a reader refuses a bundle of a higher major version
    static constexpr int kMinor = 2; ///< fields of a higher minor version are tolerated
    /// Most parts a list document may have (usecases.json, then usecases-0002.json ... -9999.json).
    static constexpr int kMaxParts = 9999;
    static constexpr char kFileSuffix[] = "casebook";
    static constexpr char kMimeType[] = "application/x-casebook";
    /// Sizes above this are flagged: many mail servers refuse larger attachments.
    static constexpr qint64 kMailWarningBytes = qint64(20) * 1024 * 1024;
    /// Earlier versions listed per use case, at most.
    static constexpr int kMaxAncestry = 200;

    static QString manifestName() { return QStringLiteral("manifest.json"); }
    static QString useCasesName() { return QStringLiteral("usecases.json"); }
    static QString rubricsName() { return QStringLiteral("rubrics.json"); }
    static QString assessmentsName() { return QStringLiteral("assessments.json"); }
    static QString tagsName() { return QStringLiteral("tags.json"); }
    static QString tombstonesName() { return QStringLiteral("tombstones.json"); }
    /// Format 1.2: workshops and their rounds' scores (optional).
    static QString workshopsName() { return QStringLiteral("workshops.json"); }
    static QString attachmentPrefix() { return QStringLiteral("attachments/"); }
    static QString attachmentName(const QString &sha256) { return attachmentPrefix() + sha256; }
    static QString versionString() { return QStringLiteral("%1.%2").arg(kMajor).arg(kMinor); }
    /// The name of part `part` (2 and up) of a list document: "usecases.json", 2 -> "usecases-0002.json".
    /// Format 1.1: usecases.json, assessments.json and tombstones.json may continue in parts.
    static QString partName(const QString &document, int part);
    /// The documents whose lists may continue in parts.
    static QStringList splittableNames();
    /// "1.2" when `entryNames` holds workshops.json (a 1.1 reader refuses the entry), else "1.1" when
    /// it holds a part (a 1.0 reader would miss its records), else "1.0".
    static QString minReaderVersion(const QStringList &entryNames);

    /// True for the entry names the layout allows: the fixed documents, their parts and
    /// attachments/<sha256>.
    static bool isAllowedName(const QString &name);
    /// Parses "major.minor" (e.g. "1.0"); false on anything else.
    static bool parseVersion(const QString &text, int *major, int *minor);
};

} // namespace casebook
