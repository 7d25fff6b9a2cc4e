// ReportDocument (issue 12): on printed pages a heading stays with what it heads, and a table's
// header row is repeated on every page the table spans.
#include "print/ReportDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

using namespace casebook;

namespace {

int pageOf(const QTextDocument &doc, const QTextBlock &b)
{
    return int(doc.documentLayout()->blockBoundingRect(b).top() / doc.pageSize().height());
}

/// A report whose gap register spans several pages: 12 facets' worth of groups of gaps.
ContributionReport manyGaps()
{
    ContributionReport r;
    const QStringList facets{QStringLiteral("transport"), QStringLiteral("syntactic"),
                             QStringLiteral("semantic"), QStringLiteral("behavioural"),
                             QStringLiteral("policy")};
    for (int i = 0; i < 40; ++i) {
        GapEntry e;
        e.useCaseUuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(i % 7, 12, 10, QLatin1Char('0'));
        e.useCaseCode = QStringLiteral("UC-GAP-%1").arg(i % 7, 3, 10, QLatin1Char('0'));
        e.gap.description = QString(QStringLiteral("Gap %1 with a description long enough to wrap. "))
                                .arg(i)
                                .repeated(1 + i % 3);
        e.gap.facet = facets[i % facets.size()];
        e.gap.candidateSdo = QStringLiteral("ITU-T");
        r.gaps.append(e);
    }
    return r;
}

} // namespace

class tst_ReportDocument : public QObject
{
    Q_OBJECT
private slots:
    void headingAtThePageBottomMovesWithItsTable();
    void headingWithRoomStays();
    void gapRegisterHeadingsStayWithTheirTables_data();
    void gapRegisterHeadingsStayWithTheirTables();
};

void tst_ReportDocument::headingAtThePageBottomMovesWithItsTable()
{
    // Paragraphs that fill the first page all but a line, then a heading and a table.
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p>filler</p>").repeated(200)
                + QStringLiteral("<h2>Group</h2><table border=\"1\"><thead><tr><th>A</th></tr></thead>"
                                 "<tr><td>one</td></tr><tr><td>two</td></tr></table>"));
    QTextBlock heading;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        if (b.text() == QLatin1String("Group"))
            heading = b;
    }
    QVERIFY(heading.isValid());
    QCOMPARE(heading.blockFormat().headingLevel(), 2);
    // A page height that leaves the heading as the last line of page 1 (pages from 0).
    doc.setDocumentMargin(0);
    doc.setPageSize(QSizeF(400, 100000));
    const QRectF h = doc.documentLayout()->blockBoundingRect(heading);
    doc.setPageSize(QSizeF(400, h.bottom() + 2));
    QCOMPARE(pageOf(doc, heading), 0);
    QCOMPARE(pageOf(doc, heading.next()), 1); // the table starts on the next page
    QCOMPARE(heading.blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_Auto);

    ReportDocument::keepHeadingsWithNext(doc);
    QCOMPARE(pageOf(doc, heading), 1);
    QCOMPARE(pageOf(doc, heading.next()), 1);
    QVERIFY(heading.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore);
    QCOMPARE(heading.text(), QStringLiteral("Group"));
    // Laid out again in full: the table and what follows are all there.
    auto *table = qobject_cast<QTextTable *>(QTextCursor(heading.next()).currentTable());
    QVERIFY(table);
    QCOMPARE(table->format().headerRowCount(), 1);
}

void tst_ReportDocument::headingWithRoomStays()
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<h2>Group</h2><p>text</p><h2>Second</h2><p>more</p>"));
    doc.setPageSize(QSizeF(400, 600));
    ReportDocument::keepHeadingsWithNext(doc);
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        QCOMPARE(b.blockFormat().pageBreakPolicy(), QTextFormat::PageBreak_Auto);
    QCOMPARE(doc.pageCount(), 1);
}

void tst_ReportDocument::gapRegisterHeadingsStayWithTheirTables_data()
{
    QTest::addColumn<int>("pageHeight");
    for (int h = 420; h <= 620; h += 25)
        QTest::addRow("%d", h) << h;
}

void tst_ReportDocument::gapRegisterHeadingsStayWithTheirTables()
{
    QFETCH(int, pageHeight);
    auto doc = ReportDocument::build(manyGaps(), ReportDocument::Charts::Images, nullptr);
    doc->setDocumentMargin(0);
    doc->setPageSize(QSizeF(450, pageHeight));
    ReportDocument::keepHeadingsWithNext(*doc);
    int groups = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.blockFormat().headingLevel() != 2 || !b.text().contains(QLatin1String("gap")))
            continue;
        ++groups;
        QVERIFY2(pageOf(*doc, b) == pageOf(*doc, b.next()), qPrintable(b.text()));
        auto *table = QTextCursor(b.next()).currentTable();
        QVERIFY2(table && table->format().headerRowCount() == 1, qPrintable(b.text()));
    }
    QCOMPARE(groups, 5);
}

QTEST_MAIN(tst_ReportDocument)
#include "tst_ReportDocument.moc"
