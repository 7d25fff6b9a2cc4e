#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

class QTextDocument;

namespace casebook {

/// The page of a printed report: size, margins and the footer's page-number text.
struct ReportPageSetup
{
    QPageSize pageSize{QPageSize::A4};
    QMarginsF marginsMm{20, 18, 20, 12}; ///< left, top, right, bottom
    /// The footer, "%1" standing for the page number and "%2" for the number of pages.
    QString footer;
};

/// Completes the ODT package that Qt's OpenDocument writer (QTextDocumentWriter "odf") makes of a
/// document. That writer gives no page size, margins or page numbers (it writes no styles.xml) and
/// drops the direction of right-to-left paragraphs. The finisher adds a styles.xml whose default
/// master page ("Standard") has the page size, the margins and a footer with <text:page-number> and
/// <text:page-count> fields, lists it in the manifest, sets style:writing-mode="rl-tb" on the
/// paragraph styles of the document's right-to-left blocks and fo:keep-with-next="always" on those
/// of its headings. Everything happens in memory: the caller
/// writes the result at once (QSaveFile), so a failure leaves no half-finished file.
class OdtFinisher
{
    Q_DECLARE_TR_FUNCTIONS(OdtFinisher)
public:
    /// The finished package of `odt`, which Qt's writer made from `doc`; an error (ErrorCode::Storage)
    /// when `odt` is not the package that writer makes.
    static Result<QByteArray> finish(const QByteArray &odt, const QTextDocument &doc,
                                     const ReportPageSetup &page);

    /// The styles.xml of `page`.
    static QByteArray stylesXml(const ReportPageSetup &page);
};

} // namespace casebook
