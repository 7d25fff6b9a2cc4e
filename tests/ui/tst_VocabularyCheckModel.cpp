#include "editor/VocabularyCheckModel.h"

#include "model/Vocabulary.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace casebook;

/// The check lists of the editor: each item's tooltip gives its definition where it has one.
class tst_VocabularyCheckModel : public QObject
{
    Q_OBJECT
private slots:
    void tooltipsGiveDefinitions();
};

void tst_VocabularyCheckModel::tooltipsGiveDefinitions()
{
    ui::VocabularyCheckModel regions(Vocabularies::instance().ituRegions(),
                                     ui::VocabularyCheckModel::LabelStyle::Label, false);
    QAbstractItemModelTester tester(&regions, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex africa = regions.index(regions.rowOf(QStringLiteral("Africa")));
    QCOMPARE(africa.data().toString(), QStringLiteral("Africa"));
    const QString tip = africa.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.startsWith(QStringLiteral("Africa: ITU-D region: Africa.")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("administrative regions A to E")));

    ui::VocabularyCheckModel connectivity(Vocabularies::instance().connectivity(),
                                          ui::VocabularyCheckModel::LabelStyle::Label, true);
    QVERIFY(connectivity.index(connectivity.rowOf(QStringLiteral("RFID")))
                .data(Qt::ToolTipRole)
                .toString()
                .startsWith(QStringLiteral("RFID: Radio-frequency identification")));
    // Without a definition the tooltip is the label, as before.
    QCOMPARE(connectivity.index(connectivity.rowOf(QStringLiteral("5G"))).data(Qt::ToolTipRole).toString(),
             QStringLiteral("5G"));
}

QTEST_MAIN(tst_VocabularyCheckModel)
#include "tst_VocabularyCheckModel.moc"
