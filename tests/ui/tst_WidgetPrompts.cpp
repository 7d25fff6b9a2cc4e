// The real prompts: text that may come from a file is never read as markup, and an error's detail
// is never dropped.
#include "widgets/WidgetPrompts.h"

#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

using namespace casebook;

namespace {
const QString kHostile = QStringLiteral("<b>x</b><img src=\"file:///etc/passwd\"> in bundle.casebook");
const QString kDetail = QStringLiteral("entry <i>use_cases/1.json</i>: bad");
} // namespace

class tst_WidgetPrompts : public QObject
{
    Q_OBJECT
private slots:
    void errorBoxIsPlainTextWithDetail();
    void shownErrorIsPlainText();
    void confirmationIsPlainText();
    void execRunsTheDialog();

private:
    /// Closes the next modal box after `inspect` has looked at it.
    void inspectNextBox(std::function<void(QMessageBox &)> inspect);
    bool m_inspected = false;
};

void tst_WidgetPrompts::inspectNextBox(std::function<void(QMessageBox &)> inspect)
{
    m_inspected = false;
    QTimer::singleShot(0, this, [this, inspect] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        inspect(*box);
        m_inspected = true;
        box->done(QMessageBox::Cancel);
    });
}

void tst_WidgetPrompts::errorBoxIsPlainTextWithDetail()
{
    const auto box = ui::WidgetPrompts::errorBox(nullptr, QStringLiteral("Title"),
                                                 makeError(ErrorCode::InputRejected, kHostile, kDetail));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(box->text(), kHostile);
    QCOMPARE(box->detailedText(), kDetail);
}

void tst_WidgetPrompts::shownErrorIsPlainText()
{
    Qt::TextFormat format = Qt::RichText;
    QString text, detail;
    inspectNextBox([&](QMessageBox &box) {
        format = box.textFormat();
        text = box.text();
        detail = box.detailedText();
    });
    ui::WidgetPrompts().error(nullptr, QStringLiteral("Title"),
                              makeError(ErrorCode::InputRejected, kHostile, kDetail));
    QVERIFY(m_inspected);
    QCOMPARE(format, Qt::PlainText);
    QCOMPARE(text, kHostile);
    QCOMPARE(detail, kDetail);

    inspectNextBox([&](QMessageBox &box) { format = box.textFormat(); });
    ui::WidgetPrompts().info(nullptr, QStringLiteral("Title"), kHostile);
    QVERIFY(m_inspected);
    QCOMPARE(format, Qt::PlainText);
}

void tst_WidgetPrompts::confirmationIsPlainText()
{
    Qt::TextFormat format = Qt::RichText;
    QString accept;
    inspectNextBox([&](QMessageBox &box) {
        format = box.textFormat();
        accept = box.defaultButton() ? box.defaultButton()->text() : QString();
    });
    const bool yes = ui::WidgetPrompts().confirm(
        nullptr, {QStringLiteral("Remove"), kHostile, {}, QStringLiteral("Remove it"), true});
    QVERIFY(m_inspected);
    QVERIFY(!yes); // closed with Cancel
    QCOMPARE(format, Qt::PlainText);
    QVERIFY(accept != QStringLiteral("Remove it")); // risky: Enter does not accept
}

void tst_WidgetPrompts::execRunsTheDialog()
{
    QDialog dialog;
    QTimer::singleShot(0, &dialog, [&dialog] { dialog.done(42); });
    QCOMPARE(ui::WidgetPrompts().exec(dialog), 42);
}

QTEST_MAIN(tst_WidgetPrompts)
#include "tst_WidgetPrompts.moc"
