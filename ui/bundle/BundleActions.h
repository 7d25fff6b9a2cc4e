#pragma once

#include "merge/ImportPlan.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class BundlePrompts;

/// What the menus call for bundles. Every dialog and message goes through a BundlePrompts
/// (the real widgets by default), so tests drive it without blocking.
///
/// Wiring (main window):
/// ```cpp
/// auto *bundles = new ui::BundleActions(this);
/// connect(exportAction, &QAction::triggered, this, [=] { bundles->exportBundle(this, database(),
/// selectedUuids()); }); connect(shareAction, &QAction::triggered, this, [=] { bundles->shareByEmail(this,
/// database(), selectedUuids()); }); connect(importAction, &QAction::triggered, this, [=] {
/// bundles->importBundle(this, database(), QString()); }); connect(bundles,
/// &ui::BundleActions::repositoryChanged, this, &MainWindow::reload);
/// ```
class BundleActions : public QObject
{
    Q_OBJECT
public:
    /// Takes ownership of `prompts`; nullptr: WidgetBundlePrompts.
    explicit BundleActions(QObject *parent = nullptr, BundlePrompts *prompts = nullptr);
    ~BundleActions() override;

    /// The path of the last bundle written, the result of the last import (for tests and status bars).
    const QString &lastBundlePath() const { return m_lastPath; }
    const ImportResult &lastImportResult() const { return m_lastResult; }

public slots:
    /// Asks what to export (the selection preselected when not empty), then where; writes the bundle.
    /// `query`: the window's current search (or saved view), offered as "use cases matching the
    /// search" and chosen when fewer than two use cases are selected.
    bool exportBundle(QWidget *parent, casebook::Database &db, const QStringList &selectedUuids,
                      const QString &query = {});
    /// The same, then opens the mail client with the bundle attached (xdg-email on Linux), or shows
    /// the file in the file manager where that is not possible.
    bool shareByEmail(QWidget *parent, casebook::Database &db, const QStringList &selectedUuids,
                      const QString &query = {});
    /// Reads and validates `path` (asks for it when empty), shows the preview and imports what the
    /// member accepts. A rejected bundle is reported in one sentence, with the detail available.
    bool importBundle(QWidget *parent, casebook::Database &db, const QString &path);

signals:
    /// Emitted after an import changed the repository: views should reload.
    void repositoryChanged();
    /// Emitted after a bundle was written.
    void bundleWritten(const QString &path, qint64 size);

private:
    bool exportWith(QWidget *parent, Database &db, const QStringList &selectedUuids, const QString &query,
                    bool email);

    std::unique_ptr<BundlePrompts> m_prompts;
    QString m_lastPath;
    ImportResult m_lastResult;
};

} // namespace casebook::ui
