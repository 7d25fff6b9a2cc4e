#pragma once

#include "bundle/BundleReader.h"
#include "merge/ImportPlan.h"

#include <QObject>
#include <QStringList>

class QAction;
class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class CatalogueContext;
class Desktop;
class Prompts;

/// What the menus call for bundles: export, share by email, import through the preview. Every
/// dialog and message goes through the Prompts, the mail client and file manager through the
/// Desktop, so tests drive it without blocking.
class BundleActions : public QObject
{
    Q_OBJECT
public:
    /// `parent` is also the parent of every dialog. The actions work on `catalogue`'s selection.
    BundleActions(QWidget *parent, Prompts &prompts, Desktop &desktop, CatalogueContext &catalogue);

    QAction *exportBundleAction() const { return m_export; }
    QAction *shareByEmailAction() const { return m_share; }

    /// The path of the last bundle written, the result of the last import (for tests and status bars).
    const QString &lastBundlePath() const { return m_lastPath; }
    const ImportResult &lastImportResult() const { return m_lastResult; }

public slots:
    /// Asks what to export (the selection preselected when not empty), then where; writes the bundle.
    /// `query`: the window's current search (or saved view), offered as "use cases matching the
    /// search" and chosen when fewer than two use cases are selected.
    bool exportBundle(casebook::Database &db, const QStringList &selectedUuids, const QString &query = {});
    /// The same, then opens the mail client with the bundle attached (xdg-email on Linux), or shows
    /// the file in the file manager where that is not possible.
    bool shareByEmail(casebook::Database &db, const QStringList &selectedUuids, const QString &query = {});
    /// Reads and validates `path` (asks for it when empty), shows the preview and imports what the
    /// member accepts. A rejected bundle is reported in one sentence, with the detail available.
    bool importBundle(casebook::Database &db, const QString &path);
    /// The same for IEC 62559-3 XML (Iec62559XmlReader): the same preview and planner; what the
    /// file holds that Casebook cannot map is listed in the preview's warnings.
    bool importXml(casebook::Database &db, const QString &path);

signals:
    /// Emitted after an import changed the repository: views should reload.
    void repositoryChanged();
    /// Emitted after a bundle was written.
    void bundleWritten(const QString &path, qint64 size);

private:
    bool previewAndApply(Database &db, const BundleReader::Bundle &bundle, const QString &path);
    bool exportWith(Database &db, const QStringList &selectedUuids, const QString &query, bool email);
    /// What the actions do: settle unsaved edits, then export the window's selection.
    void exportSelection(bool email);

    QWidget *m_parent;
    Prompts &m_prompts;
    Desktop &m_desktop;
    CatalogueContext &m_catalogue;
    QAction *m_export = nullptr;
    QAction *m_share = nullptr;
    QString m_lastPath;
    ImportResult m_lastResult;
};

} // namespace casebook::ui
