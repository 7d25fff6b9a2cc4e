#include "compare/CompareWindow.h"

#include "compare/ChartView.h"
#include "compare/CompareChooser.h"
#include "compare/CompareLimits.h"
#include "compare/CompareView.h"
#include "compare/PresentationMode.h"
#include "compare/RoundsPanel.h"
#include "compare/WeightPanel.h"
#include "compare/WorkshopState.h"
#include "print/BarChart.h"
#include "print/HeatMapChart.h"
#include "print/RadarChart.h"
#include "storage/WorkshopRepository.h"
#include "support/Clock.h"
#include "widgets/Prompts.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace casebook::ui {

namespace {

struct ViewInfo
{
    const char *name;
    const char *title;
    bool chart;
    const char *key; ///< kept in a workshop (docs/workshops.md, "view")
    const char *description; ///< of its table, for screen readers
};

constexpr ViewInfo kViews[CompareWindow::viewCount] = {
    {"ranking", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Ranking"), false, "ranking",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow",
                       "The use cases by rank; a column's header sorts by it")},
    {"bars", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Index Bars"), true, "bars",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "The ranking's figures, drawn as bars in the chart")},
    {"heatMap", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Heat Map"), true, "heatmap",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow",
                       "Each criterion's level per use case, as the heat map shows")},
    {"radar", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Radar"), true, "radar",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow",
                       "Each dimension per use case; select rows to draw only those")},
    {"fields", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Field Matrix"), false, "matrix",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow",
                       "The use cases' facts side by side, and whether they differ")},
    {"disagreement", QT_TRANSLATE_NOOP("casebook::ui::CompareWindow", "Disagreement First"), false,
     "disagreement",
     QT_TRANSLATE_NOOP("casebook::ui::CompareWindow",
                       "The criteria the assessors disagree on most come first")},
};

/// Widths offered for a PNG, in pixels.
constexpr int kPngWidths[] = {1280, 1920, 3840};

} // namespace

CompareWindow::CompareWindow(Database &db, Prompts &prompts, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_prompts(prompts)
    , m_clock(&Clock::system())
    , m_presentation(std::make_unique<PresentationMode>(*this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare Use Cases"));
    m_chooser = new CompareChooser(this);
    auto *toolbar = addToolBar(tr("Use Cases"));
    toolbar->setObjectName(QStringLiteral("compareToolBar"));
    toolbar->setMovable(false);
    toolbar->addWidget(m_chooser);
    connect(m_chooser, &CompareChooser::compareRequested, this, [this] { (void)compareChosen(); });

    buildViews();
    buildWeights(); // after the views, so Tab goes from the views to the weights beside them
    buildActions();
    buildMenu();
    // As large as the screen allows, up to what the views need at their best.
    const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1024, 700);
    resize(QSize(1280, 820).boundedTo(available * 0.95));
}

CompareWindow::~CompareWindow() = default;

void CompareWindow::buildWeights()
{
    m_weights = new WeightPanel(m_prompts, this);
    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the weights; the area follows the focus
    scroll->setWidget(m_weights);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(std::max(240, m_weights->sizeHint().width()));
    auto *dock = new QDockWidget(tr("What-If Weights"), this);
    dock->setObjectName(QStringLiteral("weightsDock"));
    dock->setWidget(scroll);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_weights, &WeightPanel::weightsChanged, this, &CompareWindow::refresh);
}

void CompareWindow::buildViews()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    m_message = new QLabel(central);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    m_tabs = new QTabWidget(central);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    for (int i = 0; i < viewCount; ++i) {
        // The heat map is wide: its table goes under it; other charts have theirs beside.
        const Qt::Orientation split = View(i) == View::HeatMap ? Qt::Vertical : Qt::Horizontal;
        auto *v = new CompareView(QLatin1String(kViews[i].name), kViews[i].chart, m_tabs, split);
        m_views[size_t(i)] = v;
        m_tabs->addTab(v, tr(kViews[i].title));
        v->table()->setAccessibleName(tr(kViews[i].title));
        v->table()->setAccessibleDescription(tr(kViews[i].description));
    }
    m_rounds = new RoundsPanel(m_db, m_prompts, m_tabs);
    m_tabs->addTab(m_rounds, tr("Rounds"));
    connect(m_rounds, &RoundsPanel::workshopChanged, this, [this](const Workshop &w) { m_workshop = w; });
    view(View::Ranking)->setKeyColumn(2);
    view(View::Bars)->setKeyColumn(2);
    connect(view(View::Radar), &CompareView::selectionChanged, this, &CompareWindow::refreshCharts);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_exportAction->setEnabled(hasChart(currentView())); });
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
}

void CompareWindow::buildActions()
{
    m_exportAction = new QAction(tr("&Export Chart..."), this);
    m_exportAction->setObjectName(QStringLiteral("exportChartAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setEnabled(false);
    connect(m_exportAction, &QAction::triggered, this, &CompareWindow::exportChart);
    m_presentAction = new QAction(tr("&Present"), this);
    m_presentAction->setObjectName(QStringLiteral("presentAction"));
    m_presentAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_presentAction, &QAction::triggered, this, [this] { present(); });
    addAction(m_presentAction);

    const auto presenting = [this](const QString &text, const char *name, const QList<QKeySequence> &keys,
                                   auto slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(keys);
        a->setEnabled(false);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_presentingActions.append(a);
    };
    presenting(tr("Leave Presentation"), "leavePresentationAction", {QKeySequence(Qt::Key_Escape)},
               [this] { leavePresentation(); });
    presenting(tr("Reveal Scores"), "revealScoresAction", {QKeySequence(Qt::Key_R)},
               [this] { revealScores(); });
    presenting(tr("Next View"), "nextViewAction",
               {QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown)}, [this] { stepView(1); });
    presenting(tr("Previous View"), "previousViewAction",
               {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp)}, [this] { stepView(-1); });
    presenting(tr("Next Use Case"), "nextUseCaseAction", {QKeySequence(Qt::Key_Down)},
               [this] { stepUseCase(1); });
    presenting(tr("Previous Use Case"), "previousUseCaseAction", {QKeySequence(Qt::Key_Up)},
               [this] { stepUseCase(-1); });
}

void CompareWindow::buildMenu()
{
    QMenu *menu = menuBar()->addMenu(tr("&Compare"));
    menu->addAction(m_exportAction);
    menu->addAction(m_presentAction);
    menu->addSeparator();
    QAction *saveWorkshop =
        menu->addAction(tr("Save &Workshop..."), this, [this] { (void)this->saveWorkshop(); });
    saveWorkshop->setObjectName(QStringLiteral("saveWorkshopAction"));
    saveWorkshop->setShortcut(QKeySequence::Save);
    QAction *openWorkshop = menu->addAction(tr("&Open Workshop..."), this, &CompareWindow::chooseWorkshop);
    openWorkshop->setObjectName(QStringLiteral("openWorkshopAction"));
    openWorkshop->setShortcut(QKeySequence::Open);
    menu->addSeparator();
    QAction *next = menu->addAction(tr("&Next View"), this, [this] { stepView(1); });
    next->setObjectName(QStringLiteral("nextTabAction"));
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab));
    QAction *previous = menu->addAction(tr("P&revious View"), this, [this] { stepView(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab));
    QAction *reset = menu->addAction(tr("Reset &Weights to Rubric"), m_weights, &WeightPanel::resetToRubric);
    reset->setObjectName(QStringLiteral("resetWeightsAction"));
    QAction *save = menu->addAction(tr("&Save Weight Set..."), m_weights, &WeightPanel::saveAs);
    save->setObjectName(QStringLiteral("saveWeightSetAction"));
    menu->addSeparator();
    QAction *close = menu->addAction(tr("&Close"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
}

void CompareWindow::start(const QStringList &selected, const QString &search)
{
    m_chooser->load(m_db, selected, search);
    if (CompareLimits::check(int(selected.size())))
        (void)compare(selected, m_chooser->rubricUuid());
    else
        setMessage(tr("Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a "
                      "rubric, then Compare."));
}

Status CompareWindow::compareChosen()
{
    auto uuids = m_chooser->resolve(m_db);
    if (!uuids) {
        setMessage(uuids.error().message);
        return uuids.error();
    }
    return compare(*uuids, m_chooser->rubricUuid());
}

Status CompareWindow::compare(const QStringList &uuids, const QString &rubric)
{
    auto loaded = CompareData::load(m_db, uuids, rubric);
    if (!loaded) {
        setMessage(loaded.error().message);
        return loaded.error();
    }
    m_data = std::move(*loaded);
    setMessage(m_data.report.useCases.isEmpty()
                   ? tr("None of these use cases has been scored with %1 yet.").arg(m_data.rubric.name)
                   : QString());
    m_weights->setRubric(m_data.rubric, m_weights->namedSets());
    refresh();
    showWorkshop();
    statusBar()->showMessage(tr("Use cases compared: %1. Rubric: %2, version %3.")
                                 .arg(m_data.useCases.size())
                                 .arg(m_data.rubric.name)
                                 .arg(m_data.rubric.version));
    return {};
}

void CompareWindow::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CompareWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CompareWindow::refresh()
{
    m_whatIf = WhatIfReport::build(m_data, m_weights->weights());
    const TableContent ranking = CompareTables::ranking(m_data, m_whatIf, m_show);
    view(View::Ranking)->setContent(ranking);
    view(View::Bars)->setContent(ranking);
    view(View::HeatMap)->setContent(CompareTables::heatMap(m_data, m_whatIf, m_show));
    view(View::Radar)->setContent(CompareTables::dimensions(m_whatIf, m_show));
    view(View::Fields)->setContent(CompareTables::fieldMatrix(m_data));
    view(View::Disagreement)->setContent(CompareTables::disagreement(m_whatIf, m_show));
    for (CompareView *v : m_views)
        v->model()->setBaseFont(v->table()->font());
    m_weights->setStability(m_whatIf.stability);
    refreshCharts();
}

void CompareWindow::refreshCharts()
{
    const QString hiddenText = tr("The scores are hidden. The facilitator reveals them with R.");
    for (View v : {View::Bars, View::HeatMap, View::Radar}) {
        ChartView *chart = view(v)->chart();
        chart->setFigure(figure(v));
        chart->setMessage(m_show.hideScores && v != View::HeatMap ? hiddenText : QString());
    }
    m_exportAction->setEnabled(hasChart(currentView()));
}

bool CompareWindow::hasChart(View v) const
{
    return view(v) && view(v)->chart();
}

ScoreReport CompareWindow::radarReport() const
{
    const QStringList chosen = view(View::Radar)->selectedKeys();
    if (chosen.isEmpty())
        return m_whatIf.report;
    ScoreReport report = m_whatIf.report;
    report.useCases.clear();
    for (const UseCaseScore &u : m_whatIf.report.useCases) {
        if (chosen.contains(u.useCase.code))
            report.useCases.append(u);
    }
    return report;
}

ChartFigure CompareWindow::figure(View v) const
{
    ChartFigure f;
    f.weights = m_whatIf.describeWeights();
    f.date = m_clock->nowUtc();
    const ScoreReport &report = m_whatIf.report;
    const QString rubric = tr("%1, version %2").arg(m_data.rubric.name).arg(m_data.rubric.version);
    switch (v) {
    case View::Bars:
        f.title = tr("Overall index (%1)").arg(rubric);
        f.legend = tr("Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the "
                      "highest assessor's own index.");
        f.chartSize = BarChart::size(report);
        f.paintChart = [report](QPainter &p, const QRectF &r) { BarChart::paint(p, r, report); };
        break;
    case View::HeatMap: {
        f.title = tr("Median level per criterion (%1)").arg(rubric);
        f.legend = tr("Each cell: the median level of the assessors and, after ↕, the spread (highest − "
                      "lowest level).");
        f.chartSize = HeatMapChart::size(report);
        const bool hide = m_show.hideScores;
        f.paintChart = [report, hide](QPainter &p, const QRectF &r) {
            HeatMapChart::paint(p, r, report, hide);
        };
        break;
    }
    case View::Radar: {
        const ScoreReport shown = radarReport();
        f.title = tr("Dimensions (%1)").arg(rubric);
        f.legend =
            tr("Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most "
               "%1).")
                .arg(RadarChart::kMaxSeries);
        f.chartSize = RadarChart::size(shown);
        f.paintChart = [shown](QPainter &p, const QRectF &r) { RadarChart::paint(p, r, shown); };
        break;
    }
    default: break;
    }
    return f;
}

CompareWindow::View CompareWindow::currentView() const
{
    return View(std::max(0, m_tabs->currentIndex()));
}

void CompareWindow::setCurrentView(View v)
{
    m_tabs->setCurrentIndex(int(v));
}

void CompareWindow::stepView(int step)
{
    setCurrentView(View(((int(currentView()) + step) % tabCount + tabCount) % tabCount));
}

void CompareWindow::stepUseCase(int step)
{
    (view(currentView()) ? view(currentView()) : m_rounds->distributionView())->stepRow(step);
}

void CompareWindow::exportChart()
{
    const ChartFigure f = figure(currentView());
    if (f.size().isEmpty()) {
        m_prompts.info(this, tr("Export Chart"), tr("This view has no chart to export."));
        return;
    }
    const QString suggested =
        QDir::home().filePath(QLatin1String(kViews[int(currentView())].name) + QStringLiteral(".png"));
    const QString path = m_prompts.chooseSaveFile(this, tr("Export Chart"), suggested,
                                                  tr("PNG image (*.png);;SVG image (*.svg)"));
    if (path.isEmpty())
        return;
    Status written;
    if (QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        written = f.writeSvg(path);
    } else {
        QStringList widths;
        for (int w : kPngWidths)
            widths.append(tr("%1 pixels wide").arg(w));
        const auto chosen = m_prompts.askItem(this, tr("Export Chart"), tr("Resolution of the PNG:"), widths);
        if (!chosen)
            return;
        written = f.writePng(path, kPngWidths[std::max(0, int(widths.indexOf(*chosen)))]);
    }
    if (!written)
        m_prompts.error(this, tr("Export Chart"), written.error());
    else
        statusBar()->showMessage(tr("Chart written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QString CompareWindow::viewKey() const
{
    return currentView() == View::Rounds ? QStringLiteral("rounds")
                                         : QLatin1String(kViews[int(currentView())].key);
}

Status CompareWindow::saveWorkshop(const QString &name)
{
    if (m_data.useCases.isEmpty()) {
        const Error e =
            makeError(ErrorCode::Usage, tr("Compare 2 to 12 use cases before saving them as a workshop."));
        m_prompts.error(this, tr("Save Workshop"), e);
        return e;
    }
    QString chosen = name;
    if (chosen.isEmpty()) {
        const auto asked = m_prompts.askText(this, tr("Save Workshop"), tr("Name of the workshop:"),
                                             m_workshop ? m_workshop->name : QString());
        if (!asked || asked->trimmed().isEmpty())
            return {};
        chosen = asked->trimmed();
    }
    QList<NamedWeightSet> sets;
    for (const NamedWeights &n : m_weights->namedSets())
        sets.append(WorkshopState::named(n.name, n.weights));
    Workshop w = WorkshopState::capture(m_workshop.value_or(Workshop()), m_data, sets, viewKey());
    w.name = chosen;
    auto saved = WorkshopRepository(m_db).save(w);
    if (!saved) {
        m_prompts.error(this, tr("Save Workshop"), saved.error());
        return saved.error();
    }
    m_workshop = *saved;
    showWorkshop();
    statusBar()->showMessage(tr("Workshop %1 saved.").arg(m_workshop->name), 5000);
    return {};
}

Status CompareWindow::openWorkshop(const QString &nameOrUuid)
{
    auto found = WorkshopRepository(m_db).get(nameOrUuid);
    if (!found) {
        setMessage(found.error().message);
        return found.error();
    }
    if (Status s = compare(found->useCaseUuids, found->rubricUuid); !s)
        return s;
    QList<NamedWeights> sets;
    for (const NamedWeightSet &n : found->weightSets)
        sets.append(NamedWeights{n.name, WorkshopState::weights(n)});
    m_weights->setRubric(m_data.rubric, sets);
    refresh();
    m_workshop = *found;
    for (int i = 0; i < tabCount; ++i) {
        setCurrentView(View(i));
        if (viewKey() == found->view)
            break;
    }
    if (viewKey() != found->view)
        setCurrentView(View::Ranking);
    showWorkshop();
    return {};
}

void CompareWindow::chooseWorkshop()
{
    auto all = WorkshopRepository(m_db).list();
    if (!all) {
        m_prompts.error(this, tr("Open Workshop"), all.error());
        return;
    }
    QStringList names;
    for (const Workshop &w : *all)
        names.append(w.name);
    if (names.isEmpty()) {
        m_prompts.info(this, tr("Open Workshop"), tr("No workshop is saved in this repository yet."));
        return;
    }
    if (const auto name = m_prompts.askItem(this, tr("Open Workshop"), tr("Workshop:"), names))
        (void)openWorkshop(*name);
}

void CompareWindow::showWorkshop()
{
    QHash<QString, QString> codes;
    for (const UseCase &u : m_data.useCases)
        codes.insert(u.uuid, u.code);
    m_rounds->setWorkshop(m_workshop, m_data.rubric, codes);
    setWindowTitle(m_workshop ? tr("Workshop %1 - Compare Use Cases").arg(m_workshop->name)
                              : tr("Compare Use Cases"));
}

bool CompareWindow::isPresenting() const
{
    return m_presentation->isActive();
}

void CompareWindow::setPresentationActionsEnabled(bool on)
{
    for (QAction *a : std::as_const(m_presentingActions))
        a->setEnabled(on);
    m_presentAction->setEnabled(!on);
    for (CompareView *v : m_views) {
        v->table()->setFocusPolicy(on ? Qt::NoFocus : Qt::StrongFocus);
        // In front of the room a chart takes the whole view; its numbers are in the chart.
        v->table()->setVisible(!on || !v->chart());
    }
}

void CompareWindow::present(QScreen *screen)
{
    if (isPresenting())
        return;
    m_show = ShowOptions{true, true};
    m_rounds->setEditingVisible(false);
    const QList<QWidget *> editing{menuBar(), statusBar(),
                                   findChild<QToolBar *>(QStringLiteral("compareToolBar")),
                                   findChild<QDockWidget *>(QStringLiteral("weightsDock"))};
    m_presentation->enter(screen, editing);
    setPresentationActionsEnabled(true);
    m_tabs->setFocus(Qt::ShortcutFocusReason);
    refresh();
    fitColumns();
    setMessage(tr("R reveals the scores · Left and Right change the view · Up and Down go through the use "
                  "cases · Esc ends the presentation"));
}

void CompareWindow::leavePresentation()
{
    if (!isPresenting())
        return;
    m_presentation->leave();
    m_rounds->setEditingVisible(true);
    m_show = ShowOptions{};
    setPresentationActionsEnabled(false);
    refresh();
    fitColumns();
    setMessage({});
}

void CompareWindow::revealScores()
{
    if (!m_show.hideScores)
        return;
    m_show.hideScores = false;
    refresh();
    fitColumns();
}

void CompareWindow::fitColumns()
{
    for (CompareView *v : m_views)
        v->fitColumns();
    m_rounds->fitColumns();
}

} // namespace casebook::ui
