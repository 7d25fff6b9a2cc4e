#include "support/Parallel.h"
#include "support/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using namespace casebook;

/// The digests must stay those of FIPS 180-2 whichever library computes them: attachments, bundle
/// entries and content hashes are named by them in files already shared.
class tst_Sha256 : public QObject
{
    Q_OBJECT
private slots:
    void knownDigests_data();
    void knownDigests();
    void largeInputSameAsQt();
    void unreadableDeviceGivesNothing();
    void mapInParallelKeepsTheOrder();
};

void tst_Sha256::knownDigests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << QStringLiteral(
                                  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QStringLiteral(
                                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void tst_Sha256::knownDigests()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(sha256Hex(input), digest);
    QBuffer device(&input);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(device), digest);
}

void tst_Sha256::largeInputSameAsQt()
{
    // Several of the device's read chunks, and not a whole number of them.
    QByteArray input;
    for (int i = 0; input.size() < 3 * (1 << 20) + 12345; ++i)
        input += QByteArray::number(i) + ' ';
    const QString expected =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
    QCOMPARE(sha256Hex(input), expected);
    QBuffer device(&input);
    QVERIFY(device.open(QIODevice::ReadOnly));
    QCOMPARE(sha256Hex(device), expected);
}

void tst_Sha256::unreadableDeviceGivesNothing()
{
    QBuffer closed;
    QCOMPARE(sha256Hex(closed), QString());
}

void tst_Sha256::mapInParallelKeepsTheOrder()
{
    QList<int> items;
    for (int i = 0; i < 5000; ++i)
        items.append(i);
    const std::vector<QByteArray> out = mapInParallel(items, [](int i) { return QByteArray::number(i * 3); });
    QCOMPARE(out.size(), size_t(items.size()));
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(out[size_t(i)], QByteArray::number(i * 3));
    QVERIFY(mapInParallel(QList<int>(), [](int i) { return i; }).empty());
}

QTEST_GUILESS_MAIN(tst_Sha256)
#include "tst_Sha256.moc"
