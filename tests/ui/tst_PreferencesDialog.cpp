// Preferences: the assessor identity is shown read-only, can be copied for the CLI, and is kept.
#include "preferences/PreferencesDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "Screenshots.h"
#include "ScriptedPrompts.h"

using namespace casebook;

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsAssessorIdentityForTheCli();
};

void tst_PreferencesDialog::showsAssessorIdentityForTheCli()
{
    ui::Preferences preferences;
    preferences.name = QStringLiteral("Amina");
    preferences.assessorId = QStringLiteral("5f0c2c7e-6b1a-4a53-9d0e-3f1f1d2a9b44");
    test::ScriptedPrompts prompts; // no question is expected
    ui::PreferencesDialog dialog(preferences, prompts);

    dialog.show();
    QVERIFY(test::screenshot(dialog, QStringLiteral("preferences")));
    auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("assessorIdEdit"));
    QVERIFY(id);
    QCOMPARE(id->text(), preferences.assessorId);
    QVERIFY(id->isReadOnly());
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("assessorIdNote"));
    QVERIFY(note);
    QVERIFY(note->text().contains(QLatin1String("CASEBOOK_ASSESSOR_ID")));

    QGuiApplication::clipboard()->clear();
    auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyAssessorIdButton"));
    QVERIFY(copy && copy->isEnabled());
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), preferences.assessorId);

    // Typing into it changes nothing: the identity is kept as it was created.
    QTest::keyClicks(id, QStringLiteral("x"));
    QCOMPARE(dialog.preferences().assessorId, preferences.assessorId);
    QCOMPARE(prompts.pending(), 0);
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_PreferencesDialog.moc"
