#pragma once

#include "support/Result.h"

#include <QString>

class QWidget;

namespace casebook::ui {

class ExportBundleDialog;
class ImportPreviewDialog;

/// Every decision and message of the bundle actions goes through this interface, so tests can
/// answer them without a modal dialog. WidgetBundlePrompts is the real one.
class BundlePrompts
{
public:
    virtual ~BundlePrompts() = default;
    /// Shows the export dialog; true when the member chose to go on.
    virtual bool runExportDialog(ExportBundleDialog &dialog) = 0;
    /// Where to save a bundle; empty when cancelled.
    virtual QString saveFileName(QWidget *parent, const QString &suggested) = 0;
    /// Which bundle to open; empty when cancelled.
    virtual QString openFileName(QWidget *parent) = 0;
    /// Shows the preview; true when the member chose to import.
    virtual bool runPreviewDialog(ImportPreviewDialog &dialog) = 0;
    virtual void showError(QWidget *parent, const QString &title, const Error &error) = 0;
    virtual void showInformation(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Opens the mail client with `path` attached; false when the platform cannot.
    virtual bool openMailClient(const QString &path, const QString &subject) = 0;
    /// Shows `path` in the file manager.
    virtual void showInFileManager(const QString &path) = 0;
};

/// The real prompts: modal dialogs, file dialogs, message boxes, xdg-email / the file manager.
class WidgetBundlePrompts : public BundlePrompts
{
public:
    bool runExportDialog(ExportBundleDialog &dialog) override;
    QString saveFileName(QWidget *parent, const QString &suggested) override;
    QString openFileName(QWidget *parent) override;
    bool runPreviewDialog(ImportPreviewDialog &dialog) override;
    void showError(QWidget *parent, const QString &title, const Error &error) override;
    void showInformation(QWidget *parent, const QString &title, const QString &text) override;
    bool openMailClient(const QString &path, const QString &subject) override;
    void showInFileManager(const QString &path) override;
};

} // namespace casebook::ui
