// Received bundles under 10 MB shaped to take memory: each is imported by casebook-cli (dry run and
// real) within 300 MB of peak resident memory, or refused with the database byte for byte unchanged.
// Every bundle is forged here, with the manifest the real writer computes.
#include "TestSupport.h"
#include "ZipForge.h"

#include "bundle/BundleFormat.h"
#include "bundle/BundleWriter.h"
#include "merge/IncomingRecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace casebook;
using casebook::test::ZipForge;

namespace {

/// Text that deflates about 76 to 1 (three random letters, then 300 dashes): under the reader's
/// ratio limit, so only the size limits stand between it and memory.
QString compressibleText(qsizetype chars)
{
    QRandomGenerator random(17);
    QString text;
    text.reserve(chars);
    while (text.size() + 303 <= chars) {
        for (int i = 0; i < 3; ++i)
            text += QChar(u'a' + random.bounded(16));
        text += QString(300, QLatin1Char('-'));
    }
    return text;
}

UseCase useCase(int n)
{
    UseCase u;
    u.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    u.code = QStringLiteral("UC-M-%1").arg(n);
    u.title = QStringLiteral("Use case %1").arg(n);
    u.createdAt = u.modifiedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    u.revision = 1;
    return u;
}

/// Attaches `data` to `u` and puts it in the bundle.
void attach(IncomingRecords &r, UseCase &u, const QByteArray &data, int n)
{
    AttachmentRef a;
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.fileName = QStringLiteral("file-%1.txt").arg(n);
    a.mediaType = QStringLiteral("text/plain");
    a.size = data.size();
    a.addedAt = u.createdAt;
    u.attachments.append(a);
    r.attachments.insert(a.sha256, data);
}

/// The bundle as BundleWriter would describe it (documents split into parts at `limits`, manifest with
/// sizes and hashes), every entry deflated whatever its ratio; the writer's own limit check is skipped.
QByteArray forge(const IncomingRecords &r, const ZipLimits &limits = ZipLimits())
{
    QMap<QString, QByteArray> entries = BundleWriter::documents(r, limits).value();
    for (auto it = r.attachments.constBegin(); it != r.attachments.constEnd(); ++it)
        entries.insert(BundleFormat::attachmentName(it.key()), it.value());
    BundleWriter::Options options;
    options.createdAt = QDateTime(QDate(2026, 1, 2), QTime(0, 0), Qt::UTC);
    entries.insert(BundleFormat::manifestName(), BundleWriter::manifest(r, entries, options));
    ZipForge zip;
    for (auto it = entries.constBegin(); it != entries.constEnd(); ++it) {
        ZipForge::Entry e;
        e.name = it.key().toLatin1();
        e.data = it.value();
        zip.add(e);
    }
    return zip.build();
}

/// `count` use cases, each with a description of `chars` characters.
IncomingRecords longTexts(int count, qsizetype chars)
{
    IncomingRecords r;
    const QString text = compressibleText(chars);
    for (int n = 0; n < count; ++n) {
        IncomingUseCase in;
        in.useCase = useCase(n);
        in.useCase.description = text;
        r.useCases.append(in);
    }
    return r;
}

/// `count` use cases with one attachment each of `bytes` bytes that deflate very well.
IncomingRecords attachments(int count, qsizetype bytes)
{
    IncomingRecords r;
    for (int n = 0; n < count; ++n) {
        IncomingUseCase in;
        in.useCase = useCase(n);
        QByteArray data = compressibleText(bytes).toLatin1();
        data.replace(0, 12, QByteArray::number(1000000000000LL + n)); // each its own content
        attach(r, in.useCase, data, n);
        r.useCases.append(in);
    }
    return r;
}

/// The bundles of hostileBundlesStayInMemoryBounds_data(), made only when their row runs.
QByteArray hostileBundle(int kind)
{
    switch (kind) {
    case 0: // 10,000 use cases of 2 KB
        return forge(longTexts(10000, 2000));
    case 1: return forge(attachments(1, 60 * 1024 * 1024));
    case 2: // the writer splits these into parts of up to 64 MB
        return forge(longTexts(480, 1000000));
    case 3: return forge(attachments(7, 63 * 1024 * 1024));
    case 4: // entries under 64 KB escape the ratio check; these deflate about 76 to 1
        return forge(attachments(7900, 63 * 1024));
    case 6: // just under the limit of the JSON documents
        return forge(longTexts(27, 1000000));
    case 7: // just under the limit of all entries
        return forge(attachments(2, 31 * 1024 * 1024));
    case 10: // over it, though all entries together stay within their limit
        return forge(longTexts(40, 1000000));
    case 11: { // the most records, nearly the most JSON, and attachments up to the total
        IncomingRecords r = longTexts(10000, 2000);
        attach(r, r.useCases[0].useCase, compressibleText(37 * 1024 * 1024).toLatin1(), 0);
        return forge(r);
    }
    default: { // small bytes, many objects
        const int count = kind == 5 ? 300000 : kind == 8 ? 10000 : 10001;
        IncomingRecords tiny;
        for (int n = 0; n < count; ++n)
            tiny.useCases.append(IncomingUseCase{useCase(n), {}, {}, {}});
        return forge(tiny);
    }
    }
}

} // namespace

class tst_CliBundleMemory : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostileBundlesStayInMemoryBounds_data();
    void hostileBundlesStayInMemoryBounds();

private:
    test::CliRun cli(const QStringList &args);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

test::CliRun tst_CliBundleMemory::cli(const QStringList &args)
{
    return test::runCli(args,
                        {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
                         {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}});
}

void tst_CliBundleMemory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!test::canMeasureMemory())
        QSKIP("GNU time (Debian package time) measures the peak memory of casebook-cli");
}

void tst_CliBundleMemory::hostileBundlesStayInMemoryBounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exit");
    QTest::addColumn<QString>("expected"); // the refusal, or how many use cases are new
    // Legitimate large bundles stay importable, up to the limits.
    QTest::newRow("10,000 use cases of 2 KB") << 0 << 0 << QStringLiteral("10000");
    QTest::newRow("one 60 MB attachment") << 1 << 0 << QStringLiteral("1");
    QTest::newRow("27 MB of JSON text") << 6 << 0 << QStringLiteral("27");
    QTest::newRow("62 MB of attachments") << 7 << 0 << QStringLiteral("2");
    QTest::newRow("10,000 tiny use cases") << 8 << 0 << QStringLiteral("10000");
    QTest::newRow("every limit at once") << 11 << 0 << QStringLiteral("10000");
    // Hostile ones.
    QTest::newRow("use-case parts near the entry limit, 480 MB of text")
        << 2 << 2 << QStringLiteral("too large when unpacked (45");
    QTest::newRow("40 MB of JSON text")
        << 10 << 2 << QStringLiteral("JSON documents are too large when unpacked (");
    QTest::newRow("seven attachments near the entry limit")
        << 3 << 2 << QStringLiteral("too large when unpacked (44");
    QTest::newRow("7,900 attachments of 63 KB") << 4 << 2 << QStringLiteral("too large when unpacked (49");
    QTest::newRow("300,000 tiny use cases") << 5 << 2 << QStringLiteral("too large when unpacked");
    QTest::newRow("10,001 tiny use cases") << 9 << 2 << QStringLiteral("more records than the 10000");
}

void tst_CliBundleMemory::hostileBundlesStayInMemoryBounds()
{
    QFETCH(int, kind);
    const QByteArray bundle = hostileBundle(kind);
    QFETCH(int, exit);
    QFETCH(QString, expected);
    QVERIFY2(bundle.size() < 10 * 1024 * 1024, qPrintable(QString::number(bundle.size())));
    const QString file = path(QStringLiteral("received.casebook"));
    QVERIFY(test::writeAll(file, bundle));
    const QString db =
        path(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));
    QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("init")}).exit, 0);
    const QByteArray before = test::readAll(db);
    for (const bool dryRun : {true, false}) {
        QStringList args{QStringLiteral("--db"), db, QStringLiteral("import"), file};
        if (dryRun)
            args << QStringLiteral("--dry-run");
        const test::CliRun r = test::runCliMeasured(
            args,
            {{QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data"))},
             {QStringLiteral("CASEBOOK_CONTRIBUTOR"), QStringLiteral("CLI Tester")}});
        const qint64 peakMb = r.peakMb;
        const QString output = r.outText() + r.errText();
        qInfo("%s: exit %d, peak memory of casebook-cli: %lld MB", dryRun ? "dry run" : "import", r.exit,
              peakMb);
        QVERIFY2(r.exit == exit,
                 qPrintable(QStringLiteral("exit %1: %2").arg(r.exit).arg(output.left(2000))));
        const QString want = exit != 0 ? expected
            : dryRun                   ? QStringLiteral("use_case UC-M-0 Use case 0: New")
                                       : QStringLiteral(": %1 added").arg(expected);
        QVERIFY2(output.contains(want), qPrintable(output.left(2000)));
        if (dryRun || exit != 0)
            QCOMPARE(test::readAll(db), before);
        QVERIFY(peakMb > 0);
        QVERIFY2(peakMb < 300, qPrintable(QStringLiteral("%1 MB").arg(peakMb)));
    }
}

QTEST_GUILESS_MAIN(tst_CliBundleMemory)
#include "tst_CliBundleMemory.moc"
