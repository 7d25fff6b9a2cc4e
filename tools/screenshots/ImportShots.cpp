#include "ImportShots.h"

#include "bundle/BundleExporter.h"
#include "bundle/BundleReader.h"
#include "bundle/ImportPreviewDialog.h"
#include "bundle/TakeBackActions.h"
#include "merge/ImportPlanner.h"
#include "storage/Database.h"
#include "storage/Seeder.h"
#include "storage/UseCaseRepository.h"
#include "widgets/ImportFailure.h"
#include "widgets/WidgetPrompts.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QTest>
#include <QTextStream>

namespace casebook::tools {

namespace {

bool grabTo(QWidget *w, const QString &out, const QString &name)
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
    const QString path = QDir(out).filePath(name);
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << Qt::endl;
    return ok;
}

bool edit(Database &db, const QString &code, void (*change)(UseCase &))
{
    UseCaseRepository repo(db);
    auto u = repo.get(code);
    if (!u)
        return false;
    change(*u);
    return bool(repo.update(*u));
}

/// A bundle from a copy of the examples edited "there", planned against a copy edited "here".
bool previewShot(const QString &out, const QString &workDir)
{
    auto mine = Database::open(QDir(workDir).filePath(QStringLiteral("mine.sqlite")));
    auto theirs = Database::open(QDir(workDir).filePath(QStringLiteral("theirs.sqlite")));
    if (!mine || !theirs || !Seeder::seed(**mine, true) || !Seeder::seed(**theirs, true))
        return false;
    (*theirs)->setContributor(QStringLiteral("Li Wei"));
    (*mine)->setContributor(QStringLiteral("Amina Haddad"));
    bool ok = edit(**theirs, QStringLiteral("UC-EX-001"), [](UseCase &u) {
        u.summary.replace(QStringLiteral("city"), QStringLiteral("city-wide"));
        u.summary += QStringLiteral(" Results were shared with ITU-T SG20 in 2024.");
        u.title += QStringLiteral(" (phase 2)");
    });
    ok &= edit(**mine, QStringLiteral("UC-EX-001"),
               [](UseCase &u) { u.title += QStringLiteral(" — Santander"); });
    ok &= edit(**theirs, QStringLiteral("UC-EX-004"), [](UseCase &u) {
        u.lessonsLearned = QStringLiteral("Start with the tariff data, not the meters.");
    });
    const QString bundlePath = QDir(workDir).filePath(QStringLiteral("from-li.casebook"));
    ok &= bool(BundleExporter::exportTo(**theirs, ExportSelection(), bundlePath, {}));
    auto bundle = BundleReader().read(bundlePath);
    if (!ok || !bundle)
        return false;
    auto plan = ImportPlanner::plan(**mine, bundle->records);
    if (!plan)
        return false;
    ui::ImportPreviewDialog preview(*bundle, *plan);
    const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
    preview.resize(preview.size().boundedTo(screen.size()));
    preview.show();
    const QStringList keys = preview.listedKeys();
    if (!keys.isEmpty())
        preview.selectRecord(keys.first());
    return grabTo(&preview, out, QStringLiteral("import-preview.png"));
}

/// A bundle that is not one: the refusal says nothing was changed, details in words.
bool errorShot(const QString &out, const QString &workDir)
{
    const QString path = QDir(workDir).filePath(QStringLiteral("minutes.casebook"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray("PK\x03\x04\x14\x00\x00\x00\xff\xfe\x01\x02 not a bundle", 25));
    f.close();
    auto bundle = BundleReader().read(path);
    if (bundle)
        return false;
    auto box = ui::WidgetPrompts::errorBox(
        nullptr, QApplication::translate("BundleActions", "This bundle cannot be imported"),
        ui::ImportFailure::told(bundle.error()));
    box->show();
    for (QAbstractButton *b : box->buttons()) {
        if (box->buttonRole(b) == QMessageBox::ActionRole)
            b->click(); // Show Details...
    }
    return grabTo(box.get(), out, QStringLiteral("import-error.png"));
}

/// Real dialogs, grabbed instead of waiting for an answer: the question is accepted.
class GrabbingPrompts : public ui::WidgetPrompts
{
public:
    GrabbingPrompts(QString out, QString prefix)
        : m_out(std::move(out))
        , m_prefix(std::move(prefix))
    { }
    bool confirm(QWidget *parent, const Confirmation &c) override
    {
        auto box = confirmBox(parent, c);
        box->show();
        ok &= grabTo(box.get(), m_out, m_prefix + QStringLiteral("-confirm.png"));
        return true;
    }
    void error(QWidget *parent, const QString &title, const Error &e) override
    {
        auto box = errorBox(parent, title, e);
        box->show();
        ok &= grabTo(box.get(), m_out, m_prefix + QStringLiteral("-refused.png"));
    }
    void info(QWidget *, const QString &, const QString &) override { }
    bool ok = true;

private:
    QString m_out;
    QString m_prefix;
};

/// File > Take Back Last Import on the import of the preview's bundle: the question, and the
/// refusal once a record it changed was edited since.
bool takeBackShots(const QString &out, const QString &workDir)
{
    auto mine = Database::open(QDir(workDir).filePath(QStringLiteral("mine.sqlite")));
    auto bundle = BundleReader().read(QDir(workDir).filePath(QStringLiteral("from-li.casebook")));
    if (!mine || !bundle || !ImportPlanner::apply(**mine, bundle->records, Resolutions()))
        return false;
    GrabbingPrompts asked(out, QStringLiteral("take-back"));
    ui::TakeBackActions actions(nullptr, asked);
    bool ok = actions.takeBackLast(**mine);
    ok &= bool(ImportPlanner::apply(**mine, bundle->records, Resolutions()));
    ok &= edit(**mine, QStringLiteral("UC-EX-004"),
               [](UseCase &u) { u.lessonsLearned += QStringLiteral(" Then the meters."); });
    GrabbingPrompts refused(out, QStringLiteral("take-back"));
    ui::TakeBackActions again(nullptr, refused);
    ok &= !again.takeBackLast(**mine);
    return ok && asked.ok && refused.ok;
}

} // namespace

bool importShots(const QString &out, const QString &workDir)
{
    const bool preview = previewShot(out, workDir);
    const bool takeBack = preview && takeBackShots(out, workDir);
    return errorShot(out, workDir) && preview && takeBack;
}

} // namespace casebook::tools
