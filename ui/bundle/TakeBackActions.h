#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace casebook {
class Database;
}

namespace casebook::ui {

class Prompts;

/// File > Take Back Last Import: asks, then puts every record the newest import that stands added,
/// changed or deleted back as it was (ImportTakeBack, in core). A refusal (a record changed since,
/// an import made by an earlier version) is shown as the core words it. Every dialog goes through
/// the Prompts.
class TakeBackActions : public QObject
{
    Q_OBJECT
public:
    TakeBackActions(QWidget *parent, Prompts &prompts);

    QAction *takeBackAction() const { return m_takeBack; }

public slots:
    /// Asks, then takes back the last import of `db`. False when there was none, the member said no,
    /// or it was refused (the reason was shown).
    bool takeBackLast(casebook::Database &db);

signals:
    /// Emitted after an import was taken back: views should reload.
    void repositoryChanged();
    /// The window's current database is wanted (the action was triggered).
    void takeBackRequested();

private:
    QWidget *m_parent;
    Prompts &m_prompts;
    QAction *m_takeBack = nullptr;
};

} // namespace casebook::ui
