#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTableView;
class QThread;
class QTimer;

namespace casebook {
class Database;
}

namespace casebook::ui {

class UseCaseListModel;

/// The catalogue window: a searchable list of the repository's use cases and the selected one's
/// details. Owns the open Database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Database &database() const { return *m_db; }
    UseCaseListModel *useCaseModel() const { return m_model; }

    /// Starts the integrity check of the open file on a worker thread; a failure is reported in a
    /// dialog once the window is up, never before the first paint.
    void startBackgroundCheck();

signals:
    /// Emitted when the background integrity check has finished (ok or not).
    void integrityChecked(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildUi();
    void buildMenus();
    void applySearch();
    void updateStatus();
    void showSelected();
    void openRepository();
    void setDatabase(std::unique_ptr<Database> db);
    void restoreSettings();
    void saveSettings() const;

    std::unique_ptr<Database> m_db;
    UseCaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QThread *m_checkThread = nullptr;
};

} // namespace casebook::ui
