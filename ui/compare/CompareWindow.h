#pragma once

#include "compare/CompareData.h"
#include "compare/CompareTables.h"
#include "compare/WhatIfReport.h"
#include "model/Workshop.h"
#include "print/ChartFigure.h"
#include "support/Result.h"

#include <QMainWindow>

#include <array>
#include <memory>

class QAction;
class QLabel;
class QScreen;
class QTabWidget;

namespace casebook {
class Clock;
class Database;
} // namespace casebook

namespace casebook::ui {

class CompareChooser;
class CompareView;
class PresentationMode;
class RoundsPanel;
class Prompts;
class WeightPanel;

/// The comparison workspace: 2 to 12 use cases against one rubric, in six views (ranking, index bars,
/// heat map, radar, field matrix, disagreement first), each a sortable table beside its chart; what-if
/// weights that re-rank at once and show who moved; every chart exported as PNG or SVG; and a
/// presentation mode for the room (F5).
class CompareWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The tabs: six views of the comparison, then the workshop's rounds.
    enum class View { Ranking, Bars, HeatMap, Radar, Fields, Disagreement, Rounds };
    static constexpr int viewCount = 6; ///< the comparison's views (CompareView), Rounds excluded
    static constexpr int tabCount = 7;

    CompareWindow(Database &db, Prompts &prompts, QWidget *parent = nullptr);
    ~CompareWindow() override;

    /// Fills the chooser from the catalogue's selection and search, and compares them when they name
    /// 2 to 12 use cases.
    void start(const QStringList &selected, const QString &search);
    /// Compares `uuids` (UUIDs or codes) with `rubric` (empty: the rubric used most). A refusal (fewer
    /// than 2 or more than 12, an unknown id) is said in the window and returned; the views keep what
    /// they showed.
    Status compare(const QStringList &uuids, const QString &rubric = {});
    /// Compares what the chooser names.
    Status compareChosen();

    const CompareData &data() const { return m_data; }
    const WhatIfReport &whatIf() const { return m_whatIf; }
    /// The view of a tab; nullptr for View::Rounds.
    CompareView *view(View v) const { return int(v) < viewCount ? m_views[size_t(v)] : nullptr; }
    RoundsPanel *roundsPanel() const { return m_rounds; }
    View currentView() const;
    void setCurrentView(View v);
    WeightPanel *weightPanel() const { return m_weights; }
    CompareChooser *chooser() const { return m_chooser; }
    /// The refusal or notice shown above the views (empty when none).
    QString message() const;

    /// The chart of a view as it is exported (nullopt-like empty figure for a view without chart).
    ChartFigure figure(View v) const;
    /// Exports the current view's chart, asking for the file and (for PNG) the width.
    void exportChart();

    /// Saves the comparison (use cases, rubric, weight sets, view) as the workshop `name`, or updates
    /// the workshop open in the window (its rounds kept); asks for the name when empty.
    Status saveWorkshop(const QString &name = {});
    /// Opens a saved workshop (by name or UUID): compares its use cases with its rubric, restores its
    /// weight sets and view, and shows its rounds.
    Status openWorkshop(const QString &nameOrUuid);
    /// Asks which saved workshop to open.
    void chooseWorkshop();
    const std::optional<Workshop> &workshop() const { return m_workshop; }

    bool isPresenting() const;
    /// Full screen on `screen` (the window's own when null), large type, high contrast, editing
    /// hidden, assessors as letters, scores hidden until revealScores().
    void present(QScreen *screen = nullptr);
    void leavePresentation();
    void revealScores();
    bool scoresHidden() const { return m_show.hideScores; }

    /// The clock that dates exported charts (tests fix it).
    void setClock(const Clock *clock) { m_clock = clock; }

private:
    void buildViews();
    void buildWeights();
    void buildActions();
    void buildMenu();
    void refresh();
    void refreshCharts();
    void stepView(int step);
    void stepUseCase(int step);
    void setMessage(const QString &text);
    ScoreReport radarReport() const;
    void setPresentationActionsEnabled(bool on);
    void fitColumns();
    bool hasChart(View v) const;
    QString viewKey() const;
    void showWorkshop();

    Database &m_db;
    Prompts &m_prompts;
    const Clock *m_clock;
    CompareData m_data;
    WhatIfReport m_whatIf;
    ShowOptions m_show;
    CompareChooser *m_chooser = nullptr;
    WeightPanel *m_weights = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    std::array<CompareView *, viewCount> m_views{};
    std::unique_ptr<PresentationMode> m_presentation;
    QAction *m_exportAction = nullptr;
    QAction *m_presentAction = nullptr;
    QList<QAction *> m_presentingActions; ///< active only while presenting (Esc, R, arrows)
    RoundsPanel *m_rounds = nullptr;
    std::optional<Workshop> m_workshop;
};

} // namespace casebook::ui
