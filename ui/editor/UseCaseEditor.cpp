#include "editor/UseCaseEditor.h"

#include "editor/AttachmentsSection.h"
#include "editor/ChildTableEditor.h"
#include "editor/ChildTableModel.h"
#include "editor/CountryContextEditor.h"
#include "editor/KpiSection.h"
#include "editor/ScenarioSection.h"
#include "editor/StringListEditor.h"
#include "editor/ValueListModel.h"
#include "editor/VocabularyCheckModel.h"
#include "exchange/UseCaseSheet.h"
#include "model/RecordReferences.h"
#include "model/UseCaseValidator.h"
#include "model/Vocabulary.h"
#include "widgets/AccessibleNames.h"
#include "widgets/Prompts.h"
#include "widgets/TextDirection.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStringListModel>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <QValidator>

#include <algorithm>

namespace casebook::ui {

namespace {

const Vocabularies &voc()
{
    return Vocabularies::instance();
}

using L = UseCaseLimits;
using TextKind = UseCaseValidator::TextKind;

// The rules are UseCaseValidator's, so what the editor accepts, every reader accepts.
QString singleLineProblem(const QString &s, int maxChars)
{
    return UseCaseValidator::textProblem(s, maxChars, TextKind::SingleLine);
}

/// Refuses typed or pasted text that is not one line without control or bidi characters, so a
/// single-line field cannot be given text that fakes other lines.
class SingleLineInput : public QValidator
{
public:
    using QValidator::QValidator;
    State validate(QString &input, int &) const override
    {
        return UseCaseValidator::isSingleLine(input) ? Acceptable : Invalid;
    }
};

/// A part of a nested field path as the editor's column titles name it.
QString partName(const QString &part)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("steps"), QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "step")},
        {QStringLiteral("producer"),
         QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "information producer")},
        {QStringLiteral("receiver"),
         QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "information receiver")},
        {QStringLiteral("information"),
         QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "information exchanged")},
        {QStringLiteral("primary_actor"), QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "primary actor")},
        {QStringLiteral("measurements"), QT_TRANSLATE_NOOP("casebook::ui::UseCaseEditor", "measurement")},
    };
    if (const auto it = names.constFind(part); it != names.cend())
        return UseCaseEditor::tr(it.value());
    return QString(part).replace(QLatin1Char('_'), QLatin1Char(' '));
}

/// "scenarios[0].steps[1].producer" → "Scenarios 1, step 2, information producer", led by the
/// field's display name.
QString fieldLabel(const QString &path)
{
    static const QRegularExpression part(QStringLiteral("^([a-z_0-9]+)(?:\\[(\\d+)\\])?$"));
    QStringList out;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (int i = 0; i < parts.size(); ++i) {
        const auto m = part.match(parts[i]);
        const QString name = i == 0 ? UseCaseSheet::displayName(m.captured(1)) : partName(m.captured(1));
        out.append(m.captured(2).isEmpty()
                       ? name
                       : name + QLatin1Char(' ') + QString::number(m.captured(2).toInt() + 1));
    }
    return out.join(QLatin1String(", "));
}

/// "Source &organization:" → "Source organization"
QString plainLabel(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    return label;
}

QString countryDisplay(const QString &code)
{
    return UseCaseEditor::tr("%1 (%2)").arg(voc().countries().displayLabel(code), code);
}

ChildColumn text(const QString &key, const QString &title, int maxChars = UseCaseLimits::kShortTextChars)
{
    ChildColumn c;
    c.key = key;
    c.title = title;
    c.maxChars = maxChars;
    return c;
}

ChildColumn longText(const QString &key, const QString &title)
{
    ChildColumn c = text(key, title, UseCaseLimits::kLongTextChars);
    c.kind = ChildColumn::Kind::LongText;
    return c;
}

ChildColumn choice(const QString &key, const QString &title, const Vocabulary &vocabulary,
                   bool editable = false)
{
    ChildColumn c = text(key, title);
    c.kind = editable ? ChildColumn::Kind::EditableChoice : ChildColumn::Kind::Choice;
    c.vocabulary = &vocabulary;
    return c;
}

/// An id column: required, unique in its table (ignoring case, as the validator compares), and
/// filled with the next free "<prefix>n" in a new row. `table` is read when a cell is checked.
ChildColumn nextId(ChildColumn c, const QString &prefix, const ChildTableModel *const *table)
{
    c.required = true;
    c.validator = [table, key = c.key](const QString &id) {
        const QStringList ids = (*table)->columnTexts(key);
        const auto same = std::count_if(ids.cbegin(), ids.cend(), [&](const QString &other) {
            return other.compare(id, Qt::CaseInsensitive) == 0;
        });
        return same > 1 ? UseCaseEditor::tr("'%1' is used twice").arg(id) : QString();
    };
    c.compact = true;
    c.hint = UseCaseEditor::tr("New rows get the next free %1n").arg(prefix);
    c.initial = [key = c.key, prefix](const ChildTableModel &rows) {
        return RecordReferences::nextFreeId(rows.columnTexts(key), prefix);
    };
    return c;
}

ChildColumn references(const QString &key, const QString &title, std::function<QStringList()> options)
{
    ChildColumn c = text(key, title, UseCaseLimits::kCodeChars);
    c.kind = ChildColumn::Kind::References;
    c.options = std::move(options);
    return c;
}

ChildColumn triState(const QString &key, const QString &title)
{
    ChildColumn c = text(key, title);
    c.kind = ChildColumn::Kind::TriState;
    return c;
}

ChildColumn ruled(ChildColumn c, std::function<QString(const QString &)> rule, bool required = false)
{
    c.validator = std::move(rule);
    c.required = required;
    return c;
}

template<typename T, typename F> QList<QVariantList> toRows(const QList<T> &items, F toRow)
{
    QList<QVariantList> rows;
    rows.reserve(items.size());
    for (const T &item : items)
        rows.append(toRow(item));
    return rows;
}

template<typename T, typename F> QList<T> fromRows(const ChildTableModel *model, F fromRow)
{
    QList<T> out;
    out.reserve(model->rowCount());
    for (int r = 0; r < model->rowCount(); ++r)
        out.append(fromRow(r));
    return out;
}

QScrollArea *scrolling(QWidget *content, const QString &name)
{
    auto *area = new QScrollArea;
    area->setObjectName(name);
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    area->setFocusPolicy(Qt::NoFocus); // Tab goes to the page's fields; the area follows the focus
    return area;
}

QFormLayout *newForm(QWidget *page, bool labelsAbove)
{
    auto *form = new QFormLayout(page);
    form->setRowWrapPolicy(labelsAbove ? QFormLayout::WrapAllRows : QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignTop);
    return form;
}

} // namespace

UseCaseEditor::UseCaseEditor(Prompts &prompts, Desktop &desktop, QWidget *parent)
    : QWidget(parent)
    , m_prompts(prompts)
    , m_desktop(desktop)
{
    setObjectName(QStringLiteral("useCaseEditor"));

    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName(QStringLiteral("headerLabel"));
    m_headerLabel->setTextFormat(Qt::PlainText);
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_validationLabel = new QLabel(this);
    m_validationLabel->setObjectName(QStringLiteral("validationLabel"));
    m_validationLabel->setTextFormat(Qt::PlainText);
    m_validationLabel->setWordWrap(true);
    m_validationLabel->hide();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("editorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setUsesScrollButtons(true);
    // Short tab names, so that all six show in a pane of a 1024-pixel screen; the full name is in
    // the tab's tooltip and in View > Editor Sections.
    const QList<std::pair<QString, QString>> names{
        {tr("Identity"), tr("Identity and provenance")},
        {tr("Classification"), tr("Classification")},
        {tr("Narrative"), tr("Narrative")},
        {tr("Technology"), tr("Technology and interoperability")},
        {tr("Outcomes"), tr("Outcomes and gaps")},
        {tr("Attachments"), tr("Attachments")},
    };
    m_tabs->addTab(scrolling(buildIdentityTab(), QStringLiteral("identityPage")), names[0].first);
    m_tabs->addTab(scrolling(buildClassificationTab(), QStringLiteral("classificationPage")), names[1].first);
    m_tabs->addTab(scrolling(buildNarrativeTab(), QStringLiteral("narrativePage")), names[2].first);
    m_tabs->addTab(scrolling(buildTechnologyTab(), QStringLiteral("technologyPage")), names[3].first);
    m_tabs->addTab(scrolling(buildOutcomesTab(), QStringLiteral("outcomesPage")), names[4].first);
    m_tabs->addTab(buildAttachmentsTab(), names[5].first);

    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *action = new QAction(tr("Go to %1").arg(names[i].second), this);
        action->setObjectName(QStringLiteral("goToTab%1Action").arg(i + 1));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] {
            m_tabs->setCurrentIndex(i);
            if (QWidget *page = m_tabs->currentWidget())
                page->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
        });
        addAction(action);
        m_tabActions.append(action);
        m_tabs->setTabToolTip(
            i, tr("%1 (%2)").arg(names[i].second, action->shortcut().toString(QKeySequence::NativeText)));
    }

    // The window's splitter gives the editor room for every tab before it gives the list more
    // (fitTabsWithin() lowers this on a small screen).
    m_tabs->setMinimumWidth(m_tabs->tabBar()->sizeHint().width());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_tabs, 1);

    m_validationTimer = new QTimer(this);
    m_validationTimer->setSingleShot(true);
    m_validationTimer->setInterval(250);
    connect(m_validationTimer, &QTimer::timeout, this, &UseCaseEditor::refreshSummary);
    AccessibleNames::fromLabels(this);

    setUseCase(UseCase());
}

UseCaseEditor::~UseCaseEditor() = default;

// ---------------------------------------------------------------------------------------------
// Building the tabs

QLineEdit *UseCaseEditor::addLineField(QFormLayout *form, const QString &label, const QString &objectName,
                                       QString UseCase::*member, int maxChars, bool required,
                                       std::function<QString(const QString &)> rule)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setMaxLength(maxChars);
    edit->setValidator(new SingleLineInput(edit));
    auto *error = new QLabel;
    error->setObjectName(objectName + QLatin1String("ErrorLabel"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->hide();
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(edit);
    v->addWidget(error);
    box->setFocusProxy(edit);
    auto *l = new QLabel(label);
    l->setBuddy(edit);
    form->addRow(l, box);

    TextField field;
    field.member = member;
    field.line = edit;
    field.errorLabel = error;
    field.name = plainLabel(label);
    field.maxChars = maxChars;
    field.required = required;
    field.rule = std::move(rule);
    const int at = int(m_textFields.size());
    m_textFields.append(field);
    connect(edit, &QLineEdit::textChanged, this, [this, at] {
        if (m_loading)
            return;
        m_textFields[at].dirty = true;
        refreshField(m_textFields[at]);
        noteEdit();
    });
    return edit;
}

QPlainTextEdit *UseCaseEditor::addTextField(QFormLayout *form, const QString &label,
                                            const QString &objectName, QString UseCase::*member, int maxChars,
                                            int lines)
{
    auto *edit = new QPlainTextEdit;
    followTextDirection(edit);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    auto *error = new QLabel;
    error->setObjectName(objectName + QLatin1String("ErrorLabel"));
    error->setTextFormat(Qt::PlainText);
    error->setWordWrap(true);
    error->hide();
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(edit, 1);
    v->addWidget(error);
    box->setFocusProxy(edit);
    auto *l = new QLabel(label);
    l->setBuddy(edit);
    form->addRow(l, box);

    TextField field;
    field.member = member;
    field.plain = edit;
    field.errorLabel = error;
    field.name = plainLabel(label);
    field.maxChars = maxChars;
    const int at = int(m_textFields.size());
    m_textFields.append(field);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, at] {
        if (m_loading)
            return;
        m_textFields[at].dirty = true;
        refreshField(m_textFields[at]);
        noteEdit();
    });
    return edit;
}

QComboBox *UseCaseEditor::addComboField(QFormLayout *form, const QString &label, const QString &objectName,
                                        QString UseCase::*member, const Vocabulary &vocabulary,
                                        bool allowEmpty)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    // Grows with the form; narrower than its longest label (eliding it) on a narrow screen.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    if (allowEmpty)
        combo->addItem(tr("(not set)"), QString());
    for (const VocabularyItem &item : vocabulary.items()) {
        combo->addItem(vocabulary.displayLabel(item.id), item.id);
        combo->setItemData(combo->count() - 1, vocabulary.displayDescription(item.id), Qt::ToolTipRole);
    }
    auto *l = new QLabel(label);
    l->setBuddy(combo);
    form->addRow(l, combo);
    m_comboFields.append({member, combo});
    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            noteEdit();
    });
    return combo;
}

ChildTableEditor *UseCaseEditor::addTable(QFormLayout *form, const QString &label, ChildTableModel *model,
                                          const QString &tableName, const QString &stem, const QString &name,
                                          const QString &emptyText)
{
    auto *editor = new ChildTableEditor(model, tableName, stem, emptyText);
    editor->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto *l = new QLabel(label);
    l->setBuddy(editor->view());
    form->addRow(l, editor);
    m_tables.append({editor, name});
    connect(editor, &ChildTableEditor::edited, this, [this] {
        if (!m_loading) {
            noteEdit();
            m_validationTimer->start();
        }
    });
    return editor;
}

QListView *UseCaseEditor::addCheckList(QFormLayout *form, const QString &label, VocabularyCheckModel *model,
                                       const QString &objectName)
{
    auto *list = new QListView;
    list->setObjectName(objectName);
    list->setModel(model);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    // A grid of as many columns as fit; the height follows so every item shows without scrolling.
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setWordWrap(false);
    list->setTextElideMode(Qt::ElideRight);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    list->installEventFilter(this);
    list->setAccessibleDescription(tr("Tick each one that applies: the arrows move, Space ticks"));
    auto *l = new QLabel(label);
    l->setBuddy(list);
    form->addRow(l, list);
    m_checkLists.append(list);
    fitCheckList(list);
    connect(model, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_loading)
            noteEdit();
    });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this, list] {
        fitCheckList(list);
        if (!m_loading)
            noteEdit();
    });
    connect(model, &QAbstractItemModel::modelReset, this, [this, list] { fitCheckList(list); });
    return list;
}

QWidget *UseCaseEditor::withFreeEntry(QListView *list, VocabularyCheckModel *model, const QString &name,
                                      const QString &stem)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name + QLatin1String("OtherEdit"));
    edit->setPlaceholderText(tr("Another one, not in the list"));
    edit->setClearButtonEnabled(true);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QLatin1String("add") + stem + QLatin1String("Button"));
    add->setAutoDefault(false);
    add->setToolTip(tr("Add and tick what you typed (Enter)"));
    const auto addEntry = [this, edit, model, list] {
        if (!singleLineProblem(edit->text().trimmed(), L::kShortTextChars).isEmpty())
            return;
        const int row = model->addFreeEntry(edit->text());
        if (row >= 0) {
            list->setCurrentIndex(model->index(row));
            list->scrollTo(model->index(row));
            edit->clear();
        }
    };
    connect(edit, &QLineEdit::returnPressed, this, addEntry);
    connect(add, &QPushButton::clicked, this, addEntry);
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    h->addWidget(add);
    m_freeEntryInputs.append(row);
    return row;
}

StringListEditor *UseCaseEditor::addStringList(QFormLayout *form, const QString &label, ValueListModel *model,
                                               const QString &name, const QString &stem, int maxChars)
{
    auto *editor = new StringListEditor(model, name, stem);
    editor->setResolver([maxChars](const QString &input, QString *problem) {
        const QString value = input.trimmed();
        *problem = singleLineProblem(value, maxChars);
        return problem->isEmpty() ? value : QString();
    });
    auto *l = new QLabel(label);
    l->setBuddy(editor->lineEdit());
    editor->listView()->setAccessibleName(plainLabel(label));
    form->addRow(l, editor);
    m_stringLists.append(editor);
    connect(editor, &StringListEditor::edited, this, [this] {
        if (!m_loading)
            noteEdit();
    });
    return editor;
}

QWidget *UseCaseEditor::buildIdentityTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page, false);
    addLineField(form, tr("&Title:"), QStringLiteral("titleEdit"), &UseCase::title,
                 UseCaseLimits::kTitleChars, true)
        ->setPlaceholderText(tr("Required: what the use case is about, in a few words"));
    addLineField(form, tr("&Code:"), QStringLiteral("codeEdit"), &UseCase::code, L::kCodeChars)
        ->setPlaceholderText(tr("Given when saved, e.g. UC-2026-014"));
    addLineField(form, tr("&Version:"), QStringLiteral("versionEdit"), &UseCase::version, L::kCodeChars)
        ->setPlaceholderText(tr("e.g. 1.2"));
    addComboField(form, tr("Approval &status:"), QStringLiteral("approvalStatusCombo"),
                  &UseCase::approvalStatus, voc().approvalStatuses(), false)
        ->setToolTip(tr("The record's review stage, from draft to agreed or superseded"));
    addLineField(form, tr("Source &organization:"), QStringLiteral("sourceOrganizationEdit"),
                 &UseCase::sourceOrganization, UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("The organization the use case comes from"));

    m_submitters = new ChildTableModel(
        {text(QStringLiteral("name"), tr("Name")), text(QStringLiteral("organization"), tr("Organization")),
         ruled(text(QStringLiteral("email"), tr("Email"), L::kEmailChars), UseCaseValidator::emailProblem),
         text(QStringLiteral("role"), tr("Role"))},
        this);
    addTable(form, tr("Su&bmitters:"), m_submitters, QStringLiteral("submittersTable"),
             QStringLiteral("Submitter"), tr("Submitters"),
             tr("No submitters yet. Add the people who contributed this use case."));

    m_sourceDocuments = new ChildTableModel(
        {text(QStringLiteral("reference"), tr("Reference")), text(QStringLiteral("meeting"), tr("Meeting")),
         ruled(text(QStringLiteral("url"), tr("Link")), UseCaseValidator::linkProblem),
         text(QStringLiteral("note"), tr("Note"))},
        this);
    addTable(form, tr("Source &documents:"), m_sourceDocuments, QStringLiteral("sourceDocumentsTable"),
             QStringLiteral("SourceDocument"), tr("Source documents"),
             tr("No source documents yet. Add contributions, meeting reports or links."));

    addComboField(form, tr("S&haring level:"), QStringLiteral("sharingLevelCombo"), &UseCase::sharingLevel,
                  voc().sharingLevels(), true)
        ->setToolTip(tr("Who may receive it: a restricted record leaves in no export by default"));
    addLineField(form, tr("&Licence:"), QStringLiteral("licenceEdit"), &UseCase::licence,
                 UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("e.g. CC BY 4.0"));
    QLineEdit *language =
        addLineField(form, tr("Lan&guage:"), QStringLiteral("languageEdit"), &UseCase::language,
                     L::kLanguageChars, false, UseCaseValidator::languageProblem);
    language->setPlaceholderText(tr("Language of the text, e.g. en, ar, zh-Hans"));
    auto *languages = new QCompleter(
        QStringList{QStringLiteral("ar"), QStringLiteral("en"), QStringLiteral("es"), QStringLiteral("fr"),
                    QStringLiteral("ru"), QStringLiteral("zh-Hans"), QStringLiteral("zh-Hant"),
                    QStringLiteral("pt"), QStringLiteral("de"), QStringLiteral("ja")},
        language);
    languages->setCaseSensitivity(Qt::CaseInsensitive);
    language->setCompleter(languages);
    return page;
}

QWidget *UseCaseEditor::buildClassificationTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page, false);
    m_verticals =
        new VocabularyCheckModel(voc().verticals(), VocabularyCheckModel::LabelStyle::Label, false, this);
    addCheckList(form, tr("&Verticals:"), m_verticals, QStringLiteral("verticalsList"));
    m_sdgs =
        new VocabularyCheckModel(voc().sdgs(), VocabularyCheckModel::LabelStyle::NumberAndLabel, false, this);
    addCheckList(form, tr("S&DGs:"), m_sdgs, QStringLiteral("sdgsList"));

    m_u4sscKpis = new ValueListModel({}, this);
    addStringList(form, tr("&U4SSC KPI codes:"), m_u4sscKpis, QStringLiteral("u4sscKpis"),
                  QStringLiteral("U4sscKpi"), L::kCodeChars)
        ->setPlaceholderText(tr("A KPI code from ITU-T Y.4903, then Enter"));

    m_countries = new ValueListModel(countryDisplay, this);
    StringListEditor *countries = addStringList(form, tr("&Countries:"), m_countries,
                                                QStringLiteral("countries"), QStringLiteral("Country"), 2);
    countries->setPlaceholderText(tr("Type a country name or ISO code, then Enter"));
    QStringList names;
    for (const VocabularyItem &item : voc().countries().items())
        names.append(countryDisplay(item.id));
    auto *completer = new QCompleter(names, countries);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    countries->setCompleter(completer);
    countries->setResolver([](const QString &input, QString *problem) {
        const QString typed = input.trimmed();
        static const QRegularExpression coded(QStringLiteral("\\(([A-Za-z]{2})\\)\\s*$"));
        QString code;
        if (const auto m = coded.match(typed); m.hasMatch())
            code = m.captured(1).toUpper();
        if (!voc().countries().contains(code))
            code = voc().countries().match(typed);
        if (!code.isEmpty())
            return code;
        if (const QString refused = voc().countries().refusal(typed.toUpper()); !refused.isEmpty()) {
            *problem = refused; // AC, EU, XK...: not ISO 3166-1 country codes
            return QString();
        }
        const QString suggestion = voc().countries().suggest(typed);
        *problem = suggestion.isEmpty()
            ? tr("'%1' is not a known country").arg(typed)
            : tr("'%1' is not a known country (did you mean %2?)").arg(typed, countryDisplay(suggestion));
        return QString();
    });

    addContexts(form);
    m_regions =
        new VocabularyCheckModel(voc().ituRegions(), VocabularyCheckModel::LabelStyle::Label, false, this);
    addCheckList(form, tr("ITU-D &regions:"), m_regions, QStringLiteral("regionsList"));
    addComboField(form, tr("Re&lation:"), QStringLiteral("relationCombo"), &UseCase::relation,
                  voc().relations(), true)
        ->setToolTip(tr("Whether it is tied to a region, a country or one place"));
    addComboField(form, tr("Deployment s&tage:"), QStringLiteral("deploymentStageCombo"),
                  &UseCase::deploymentStage, voc().deploymentStages(), true)
        ->setToolTip(tr("How far it has got, from a concept to several sites"));

    m_related =
        new ChildTableModel({ruled(text(QStringLiteral("uuid"), tr("Use case UUID"), L::kUuidChars),
                                   UseCaseValidator::uuidProblem, true),
                             choice(QStringLiteral("relation"), tr("Relation"), voc().relationKinds())},
                            this);
    addTable(form, tr("Related use cas&es:"), m_related, QStringLiteral("relatedTable"),
             QStringLiteral("Related"), tr("Related use cases"),
             tr("No related use cases. Add one by its UUID."));

    m_ituQuestions = new ValueListModel({}, this);
    StringListEditor *questions =
        addStringList(form, tr("ITU-T &Questions:"), m_ituQuestions, QStringLiteral("ituQuestions"),
                      QStringLiteral("Question"), L::kCodeChars);
    questions->setPlaceholderText(tr("e.g. Q2/20, then Enter"));
    questions->setResolver([](const QString &input, QString *problem) {
        const QString value = input.trimmed();
        *problem = UseCaseValidator::questionProblem(value);
        return problem->isEmpty() ? value : QString();
    });
    m_relatedRecommendations = new ValueListModel({}, this);
    addStringList(form, tr("Related Reco&mmendations or work items:"), m_relatedRecommendations,
                  QStringLiteral("relatedRecommendations"), QStringLiteral("Recommendation"), L::kCodeChars)
        ->setPlaceholderText(tr("e.g. ITU-T Y.4500.1 or a work item, then Enter"));
    return page;
}

void UseCaseEditor::fitTabsWithin(int width)
{
    m_tabs->setMinimumWidth(std::min(m_tabs->tabBar()->sizeHint().width(), std::max(width, 0)));
}

void UseCaseEditor::addContexts(QFormLayout *form)
{
    m_contexts = new CountryContextEditor;
    auto *label = new QLabel(tr("Development conte&xt:"));
    label->setBuddy(m_contexts);
    label->setToolTip(tr("The development context of each country the use case is deployed in"));
    form->addRow(label, m_contexts);
    connect(m_contexts, &CountryContextEditor::edited, this, &UseCaseEditor::noteEdit);
    const auto follow = [this] {
        if (!m_loading)
            m_contexts->setCountries(m_countries->values());
    };
    connect(m_countries, &QAbstractItemModel::rowsInserted, this, follow);
    connect(m_countries, &QAbstractItemModel::rowsRemoved, this, follow);
    connect(m_countries, &QAbstractItemModel::rowsMoved, this, follow);
}

QWidget *UseCaseEditor::buildNarrativeTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page, true);
    addTextField(form, tr("&Summary:"), QStringLiteral("summaryEdit"), &UseCase::summary, L::kSummaryChars, 3)
        ->setPlaceholderText(tr("A few sentences a reader sees first"));
    addTextField(form, tr("&Description:"), QStringLiteral("descriptionEdit"), &UseCase::description,
                 UseCaseLimits::kLongTextChars, 8)
        ->setPlaceholderText(tr("The complete description: how it works and who does what"));
    addTextField(form, tr("&Objectives:"), QStringLiteral("objectivesEdit"), &UseCase::objectives,
                 UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("What the use case sets out to achieve"));
    addTextField(form, tr("&Problem and why current standards fall short:"), QStringLiteral("problemEdit"),
                 &UseCase::problem, UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("The situation today, and what standards miss or get wrong"));
    addTextField(form, tr("&Benefits:"), QStringLiteral("benefitsEdit"), &UseCase::benefits,
                 UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("What improves, and for whom"));
    addTextField(form, tr("Scop&e:"), QStringLiteral("scopeEdit"), &UseCase::scope,
                 UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("What the use case covers and what it leaves out"));
    m_assumptions = new ValueListModel({}, this);
    addStringList(form, tr("Assu&mptions:"), m_assumptions, QStringLiteral("assumptions"),
                  QStringLiteral("Assumption"), UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("Something taken as given, then Enter"));
    m_prerequisites = new ValueListModel({}, this);
    addStringList(form, tr("Pre&requisites:"), m_prerequisites, QStringLiteral("prerequisites"),
                  QStringLiteral("Prerequisite"), UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("Something that must be in place first, then Enter"));
    addRequirementsTable(form);

    m_actors = new ChildTableModel({text(QStringLiteral("name"), tr("Name")),
                                    choice(QStringLiteral("type"), tr("Type"), voc().actorTypes()),
                                    longText(QStringLiteral("role"), tr("Role"))},
                                   this);
    addTable(form, tr("&Actors:"), m_actors, QStringLiteral("actorsTable"), QStringLiteral("Actor"),
             tr("Actors"), tr("No actors yet. Add the people, devices, systems and organizations involved."));
    connect(
        m_actors, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &from, const QModelIndex &to) { followActorRenames(from.row(), to.row()); });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_actors, signal, this, [this] {
            m_actorNames = m_actors->columnTexts(QStringLiteral("name"));
            refreshReferences();
        });
    connect(m_actors, &QAbstractItemModel::rowsMoved, this,
            [this] { m_actorNames = m_actors->columnTexts(QStringLiteral("name")); });
    connect(m_actors, &QAbstractItemModel::modelReset, this,
            [this] { m_actorNames = m_actors->columnTexts(QStringLiteral("name")); });

    addScenarios(form);
    addInformationTable(form);
    return page;
}

void UseCaseEditor::addRequirementsTable(QFormLayout *form)
{
    m_requirements = new ChildTableModel(
        {nextId(text(QStringLiteral("id"), tr("Id"), L::kCodeChars), QStringLiteral("R-"), &m_requirements),
         text(QStringLiteral("category"), tr("Category")),
         longText(QStringLiteral("description"), tr("Description"))},
        this);
    addTable(form, tr("Re&quirements:"), m_requirements, QStringLiteral("requirementsTable"),
             QStringLiteral("Requirement"), tr("Requirements"),
             tr("No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives "
                "within 15 minutes; steps and information refer to them by id."));
}

void UseCaseEditor::addScenarios(QFormLayout *form)
{
    ScenarioSection::Choices choices;
    choices.actors = [this] { return m_actors->columnTexts(QStringLiteral("name")); };
    choices.information = [this] { return m_information->columnTexts(QStringLiteral("id")); };
    choices.requirements = [this] { return m_requirements->columnTexts(QStringLiteral("id")); };
    m_scenarios = new ChildTableModel(ScenarioSection::scenarioColumns(choices), this);
    m_scenariosEditor = addTable(form, tr("S&cenarios:"), m_scenarios, QStringLiteral("scenariosTable"),
                                 QStringLiteral("Scenario"), tr("Scenarios"),
                                 tr("No scenarios yet. Add one, then its numbered steps below."));
    m_scenarioSection = new ScenarioSection(m_scenariosEditor, choices, form, this);
    connect(m_scenarioSection, &ScenarioSection::edited, this, [this] {
        if (!m_loading)
            noteEdit();
    });
}

void UseCaseEditor::addInformationTable(QFormLayout *form)
{
    m_information = new ChildTableModel(
        {nextId(text(QStringLiteral("id"), tr("Id"), L::kCodeChars), QStringLiteral("I-"), &m_information),
         text(QStringLiteral("name"), tr("Name")),
         text(QStringLiteral("data_model"), tr("Data model or standard")),
         longText(QStringLiteral("description"), tr("Description")),
         references(QStringLiteral("requirements"), tr("Requirements"),
                    [this] { return m_requirements->columnTexts(QStringLiteral("id")); })},
        this);
    m_informationEditor =
        addTable(form, tr("&Information exchanged:"), m_information, QStringLiteral("informationTable"),
                 QStringLiteral("Information"), tr("Information exchanged"),
                 tr("Nothing listed yet. Add each piece of information and the data model that carries it."));
    connect(m_information, &QAbstractItemModel::dataChanged, this, &UseCaseEditor::refreshReferences);
    connect(m_requirements, &QAbstractItemModel::dataChanged, this, &UseCaseEditor::refreshReferences);
}

void UseCaseEditor::followActorRenames(int firstRow, int lastRow)
{
    const QStringList before = m_actorNames;
    m_actorNames = m_actors->columnTexts(QStringLiteral("name"));
    if (m_loading || before.size() != m_actorNames.size())
        return;
    UseCase references;
    references.scenarios = m_scenarioSection->scenarios();
    int changed = 0;
    for (int r = std::max(firstRow, 0); r <= lastRow && r < m_actorNames.size(); ++r) {
        const QString &from = before[r];
        const QString &to = m_actorNames[r];
        // Only a rename of a name no other row still carries, to a name that is not empty.
        if (from != to && !to.trimmed().isEmpty() && !m_actorNames.contains(from))
            changed += RecordReferences::renameActor(references, from, to);
    }
    if (changed > 0)
        m_scenarioSection->setScenarios(references.scenarios);
    refreshReferences();
}

void UseCaseEditor::refreshReferences()
{
    for (const TableField &t : std::as_const(m_tables))
        t.editor->view()->viewport()->update();
    m_scenarioSection->refresh();
}

QWidget *UseCaseEditor::buildTechnologyTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page, true);
    m_standards =
        new ChildTableModel({text(QStringLiteral("reference"), tr("Reference")),
                             choice(QStringLiteral("body"), tr("Body"), voc().standardsBodies(), true),
                             text(QStringLiteral("version"), tr("Version")),
                             choice(QStringLiteral("facet"), tr("Facet"), voc().interoperabilityFacets()),
                             triState(QStringLiteral("conformance_tested"), tr("Conformance tested")),
                             longText(QStringLiteral("notes"), tr("Notes"))},
                            this);
    addTable(form, tr("&Standards used:"), m_standards, QStringLiteral("standardsTable"),
             QStringLiteral("Standard"), tr("Standards used"),
             tr("No standards yet. Add each standard with the interoperability facet it serves."));

    m_interfaces = new ChildTableModel(
        {text(QStringLiteral("from"), tr("From")), text(QStringLiteral("to"), tr("To")),
         text(QStringLiteral("standard"), tr("Standard")), triState(QStringLiteral("open"), tr("Open")),
         longText(QStringLiteral("description"), tr("Description"))},
        this);
    addTable(form, tr("&Interfaces (pivotal points of interoperability):"), m_interfaces,
             QStringLiteral("interfacesTable"), QStringLiteral("Interface"), tr("Interfaces"),
             tr("No interfaces yet. Add the points where actors connect and the standard used there."));

    m_platforms = new ValueListModel({}, this);
    addStringList(form, tr("&Platforms:"), m_platforms, QStringLiteral("platforms"),
                  QStringLiteral("Platform"), UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("e.g. FIWARE Context Broker, then Enter"));

    m_connectivity =
        new VocabularyCheckModel(voc().connectivity(), VocabularyCheckModel::LabelStyle::Label, true, this);
    QListView *connectivity =
        addCheckList(form, tr("&Connectivity:"), m_connectivity, QStringLiteral("connectivityList"));
    form->addRow(QString(),
                 withFreeEntry(connectivity, m_connectivity, QStringLiteral("connectivity"),
                               QStringLiteral("Connectivity")));

    m_onboarding = new VocabularyCheckModel(voc().onboardingMethods(),
                                            VocabularyCheckModel::LabelStyle::Label, true, this);
    QListView *onboarding =
        addCheckList(form, tr("Device &onboarding:"), m_onboarding, QStringLiteral("onboardingList"));
    form->addRow(
        QString(),
        withFreeEntry(onboarding, m_onboarding, QStringLiteral("onboarding"), QStringLiteral("Onboarding")));

    m_identifierSchemes = new ChildTableModel(
        {text(QStringLiteral("name"), tr("Name")),
         choice(QStringLiteral("applies_to"), tr("Applies to"), voc().identifierTargets()),
         triState(QStringLiteral("globally_unique"), tr("Globally unique")),
         triState(QStringLiteral("resolvable"), tr("Resolvable")),
         longText(QStringLiteral("notes"), tr("Notes"))},
        this);
    addTable(form, tr("I&dentifier schemes:"), m_identifierSchemes, QStringLiteral("identifierSchemesTable"),
             QStringLiteral("IdentifierScheme"), tr("Identifier schemes"),
             tr("No identifier schemes yet. Add how devices, applications and data are identified."));

    addTextField(form, tr("Securit&y and privacy measures:"), QStringLiteral("securityEdit"),
                 &UseCase::security, UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("How data, devices and people's privacy are protected"));
    m_securityBaselines = new ValueListModel({}, this);
    addStringList(form, tr("Security &baselines:"), m_securityBaselines, QStringLiteral("securityBaselines"),
                  QStringLiteral("SecurityBaseline"), UseCaseLimits::kShortTextChars)
        ->setPlaceholderText(tr("e.g. ETSI EN 303 645, then Enter"));
    addTextField(form, tr("Data &governance:"), QStringLiteral("dataGovernanceEdit"),
                 &UseCase::dataGovernance, UseCaseLimits::kLongTextChars, 3)
        ->setPlaceholderText(tr("Ownership, access, sharing agreements, licences"));
    return page;
}

QWidget *UseCaseEditor::buildOutcomesTab()
{
    auto *page = new QWidget;
    auto *form = newForm(page, true);
    m_kpis = new ChildTableModel(
        {text(QStringLiteral("name"), tr("Name")), text(QStringLiteral("unit"), tr("Unit")),
         text(QStringLiteral("baseline"), tr("Baseline")), text(QStringLiteral("target"), tr("Target")),
         text(QStringLiteral("measured"), tr("Measured")),
         text(QStringLiteral("data_source"), tr("Data source")),
         text(QStringLiteral("data_quality"), tr("Data quality")),
         text(QStringLiteral("u4ssc_code"), tr("U4SSC code"), L::kCodeChars)},
        this);
    ChildTableEditor *kpis = m_kpisEditor =
        addTable(form, tr("&KPIs:"), m_kpis, QStringLiteral("kpisTable"), QStringLiteral("Kpi"), tr("KPIs"),
                 tr("No KPIs yet. Add each indicator with its values as written, units included."));
    m_kpiSection = new KpiSection(kpis, form, this);
    connect(m_kpiSection, &KpiSection::edited, this, [this] {
        if (!m_loading)
            noteEdit();
    });
    addTextField(form, tr("&Lessons learned:"), QStringLiteral("lessonsLearnedEdit"),
                 &UseCase::lessonsLearned, UseCaseLimits::kLongTextChars, 4)
        ->setPlaceholderText(tr("What worked, what did not, and what others should know"));
    addTextField(form, tr("&Replicable components:"), QStringLiteral("replicableComponentsEdit"),
                 &UseCase::replicableComponents, UseCaseLimits::kLongTextChars, 4)
        ->setPlaceholderText(tr("Parts another deployment could reuse"));
    m_gaps = new ChildTableModel(
        {longText(QStringLiteral("description"), tr("Description")),
         choice(QStringLiteral("facet"), tr("Facet"), voc().interoperabilityFacets()),
         choice(QStringLiteral("candidate_sdo"), tr("Candidate SDO"), voc().standardsBodies(), true),
         text(QStringLiteral("question"), tr("Question")),
         choice(QStringLiteral("priority"), tr("Priority"), voc().priorities()),
         choice(QStringLiteral("status"), tr("Status"), voc().gapStatuses())},
        this);
    addTable(form, tr("Standardization &gaps:"), m_gaps, QStringLiteral("gapsTable"), QStringLiteral("Gap"),
             tr("Standardization gaps"),
             tr("No gaps recorded. Add what current standards do not cover, and who could work on it."));
    return page;
}

QWidget *UseCaseEditor::buildAttachmentsTab()
{
    m_attachments = new AttachmentsSection(m_prompts, m_desktop);
    connect(m_attachments, &AttachmentsSection::edited, this, &UseCaseEditor::noteEdit);
    return m_attachments;
}

void UseCaseEditor::fitCheckList(QListView *list)
{
    QAbstractItemModel *model = list->model();
    const QFontMetrics metrics = list->fontMetrics();
    const int indicator = list->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, list) + 16;
    int widest = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        widest = std::max(widest, metrics.horizontalAdvance(model->index(r, 0).data().toString()));
    // The list's own size is current during its resize event; its viewport's is not yet.
    const int available = std::max(100, list->contentsRect().width() - 4);
    const int cellWidth = std::min(available, widest + indicator + 12);
    const int cellHeight = metrics.lineSpacing() + 8;
    list->setGridSize(QSize(cellWidth, cellHeight));
    const int columns = std::max(1, available / cellWidth);
    const int rows = (model->rowCount() + columns - 1) / columns;
    list->setFixedHeight(std::max(rows, 1) * cellHeight + 2 * list->frameWidth() + 6);
}

bool UseCaseEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (auto *list = qobject_cast<QListView *>(watched); list && m_checkLists.contains(list))
            fitCheckList(list);
    }
    return QWidget::eventFilter(watched, event);
}

// ---------------------------------------------------------------------------------------------
// Loading and reading the record

void UseCaseEditor::setUseCase(const UseCase &u)
{
    m_loading = true;
    m_original = u;

    for (TextField &f : m_textFields) {
        f.dirty = false;
        if (f.line) {
            f.line->setText(u.*f.member);
            f.line->setCursorPosition(0);
        } else {
            f.plain->setPlainText(u.*f.member);
        }
        refreshField(f);
    }
    for (const ComboField &f : m_comboFields) {
        const QString value = u.*f.member;
        int at = f.combo->findData(value);
        if (at < 0) {
            // Not in the vocabulary (a newer Casebook's value): shown as it is and kept.
            f.combo->addItem(value, value);
            at = f.combo->count() - 1;
        }
        f.combo->setCurrentIndex(at);
    }

    m_verticals->setCheckedIds(u.verticals);
    QStringList sdgs;
    for (int goal : u.sdgs)
        sdgs.append(QString::number(goal));
    m_sdgs->setCheckedIds(sdgs);
    m_regions->setCheckedIds(u.regions);
    m_connectivity->setCheckedIds(u.connectivity);
    m_onboarding->setCheckedIds(u.onboarding);

    m_u4sscKpis->setValues(u.u4sscKpis);
    m_countries->setValues(u.countries);
    m_platforms->setValues(u.platforms);
    m_securityBaselines->setValues(u.securityBaselines);
    m_assumptions->setValues(u.assumptions);
    m_prerequisites->setValues(u.prerequisites);
    m_ituQuestions->setValues(u.ituQuestions);
    m_relatedRecommendations->setValues(u.relatedRecommendations);
    m_contexts->setContexts(u.countries, u.developmentContexts);

    m_submitters->setRows(toRows(u.submitters, [](const Person &p) {
        return QVariantList{p.name, p.organization, p.email, p.role};
    }));
    m_sourceDocuments->setRows(toRows(u.sourceDocuments, [](const SourceDocument &d) {
        return QVariantList{d.reference, d.meeting, d.url, d.note};
    }));
    m_related->setRows(toRows(u.related, [](const RelatedUseCase &r) {
        return QVariantList{r.uuid, r.relation};
    }));
    m_requirements->setRows(toRows(u.requirements, [](const Requirement &r) {
        return QVariantList{r.id, r.category, r.description};
    }));
    m_actors->setRows(toRows(u.actors, [](const Actor &a) { return QVariantList{a.name, a.type, a.role}; }));
    m_information->setRows(toRows(u.informationExchanged, [](const InformationExchange &i) {
        return QVariantList{i.id, i.name, i.dataModel, i.description, i.requirements};
    }));
    m_scenarioSection->setScenarios(u.scenarios);
    m_standards->setRows(toRows(u.standards, [](const StandardUsage &s) {
        return QVariantList{
            s.reference, s.body, s.version, s.facet, ChildTableModel::fromOptional(s.conformanceTested),
            s.notes};
    }));
    m_interfaces->setRows(toRows(u.interfaces, [](const InterfacePoint &i) {
        return QVariantList{i.from, i.to, i.standard, ChildTableModel::fromOptional(i.open), i.description};
    }));
    m_identifierSchemes->setRows(toRows(u.identifierSchemes, [](const IdentifierScheme &s) {
        return QVariantList{s.name, s.appliesTo, ChildTableModel::fromOptional(s.globallyUnique),
                            ChildTableModel::fromOptional(s.resolvable), s.notes};
    }));
    QVariantList measurements;
    for (const Kpi &k : u.kpis)
        measurements.append(KpiSection::toPayload(k.measurements));
    m_kpis->setRows(toRows(u.kpis,
                           [](const Kpi &k) {
                               return QVariantList{k.name,     k.unit,       k.baseline,    k.target,
                                                   k.measured, k.dataSource, k.dataQuality, k.u4sscCode};
                           }),
                    measurements);
    if (m_kpis->rowCount() > 0)
        m_kpisEditor->view()->setCurrentIndex(m_kpis->index(0, 0));
    m_gaps->setRows(toRows(u.gaps, [](const StandardizationGap &g) {
        return QVariantList{g.description, g.facet, g.candidateSdo, g.question, g.priority, g.status};
    }));
    m_attachments->setAttachments(u.attachments);

    updateHeader();
    m_loading = false;
    refreshSummary();
    setModified(false);
}

UseCase UseCaseEditor::useCase() const
{
    UseCase u = m_original;
    for (const TextField &f : m_textFields) {
        if (!f.dirty)
            continue; // untouched: exactly as loaded (no line-ending or space normalisation)
        u.*f.member = f.line ? f.line->text() : f.plain->toPlainText();
    }
    u.code = u.code.trimmed();
    for (const ComboField &f : m_comboFields)
        u.*f.member = f.combo->currentData().toString();

    u.verticals = m_verticals->checkedIds();
    u.sdgs.clear();
    for (const QString &goal : m_sdgs->checkedIds())
        u.sdgs.append(goal.toInt());
    u.regions = m_regions->checkedIds();
    u.connectivity = m_connectivity->checkedIds();
    u.onboarding = m_onboarding->checkedIds();
    u.u4sscKpis = m_u4sscKpis->values();
    u.countries = m_countries->values();
    u.platforms = m_platforms->values();
    u.securityBaselines = m_securityBaselines->values();
    u.assumptions = m_assumptions->values();
    u.prerequisites = m_prerequisites->values();
    u.ituQuestions = m_ituQuestions->values();
    u.relatedRecommendations = m_relatedRecommendations->values();
    u.developmentContexts = m_contexts->contexts();

    const auto t = [](const ChildTableModel *m, int r, const char *key) {
        return m->text(r, QLatin1String(key));
    };
    const auto b = [](const ChildTableModel *m, int r, const char *key) {
        return m->triState(r, QLatin1String(key));
    };
    u.submitters = fromRows<Person>(m_submitters, [&](int r) {
        return Person{t(m_submitters, r, "name"), t(m_submitters, r, "organization"),
                      t(m_submitters, r, "email"), t(m_submitters, r, "role")};
    });
    u.sourceDocuments = fromRows<SourceDocument>(m_sourceDocuments, [&](int r) {
        return SourceDocument{t(m_sourceDocuments, r, "reference"), t(m_sourceDocuments, r, "meeting"),
                              t(m_sourceDocuments, r, "url"), t(m_sourceDocuments, r, "note")};
    });
    u.related = fromRows<RelatedUseCase>(m_related, [&](int r) {
        return RelatedUseCase{t(m_related, r, "uuid"), t(m_related, r, "relation")};
    });
    u.requirements = fromRows<Requirement>(m_requirements, [&](int r) {
        return Requirement{t(m_requirements, r, "id"), t(m_requirements, r, "category"),
                           t(m_requirements, r, "description")};
    });
    u.actors = fromRows<Actor>(m_actors, [&](int r) {
        return Actor{t(m_actors, r, "name"), t(m_actors, r, "type"), t(m_actors, r, "role")};
    });
    u.scenarios = m_scenarioSection->scenarios();
    u.informationExchanged = fromRows<InformationExchange>(m_information, [&](int r) {
        return InformationExchange{t(m_information, r, "id"), t(m_information, r, "name"),
                                   t(m_information, r, "data_model"), t(m_information, r, "description"),
                                   m_information->list(r, QStringLiteral("requirements"))};
    });
    u.standards = fromRows<StandardUsage>(m_standards, [&](int r) {
        return StandardUsage{t(m_standards, r, "reference"),
                             t(m_standards, r, "body"),
                             t(m_standards, r, "version"),
                             t(m_standards, r, "facet"),
                             b(m_standards, r, "conformance_tested"),
                             t(m_standards, r, "notes")};
    });
    u.interfaces = fromRows<InterfacePoint>(m_interfaces, [&](int r) {
        return InterfacePoint{t(m_interfaces, r, "from"), t(m_interfaces, r, "to"),
                              t(m_interfaces, r, "standard"), b(m_interfaces, r, "open"),
                              t(m_interfaces, r, "description")};
    });
    u.identifierSchemes = fromRows<IdentifierScheme>(m_identifierSchemes, [&](int r) {
        return IdentifierScheme{t(m_identifierSchemes, r, "name"), t(m_identifierSchemes, r, "applies_to"),
                                b(m_identifierSchemes, r, "globally_unique"),
                                b(m_identifierSchemes, r, "resolvable"), t(m_identifierSchemes, r, "notes")};
    });
    u.kpis = fromRows<Kpi>(m_kpis, [&](int r) {
        return Kpi{t(m_kpis, r, "name"),
                   t(m_kpis, r, "unit"),
                   t(m_kpis, r, "baseline"),
                   t(m_kpis, r, "target"),
                   t(m_kpis, r, "measured"),
                   t(m_kpis, r, "data_source"),
                   t(m_kpis, r, "data_quality"),
                   t(m_kpis, r, "u4ssc_code"),
                   KpiSection::fromPayload(m_kpis->payload(r))};
    });
    u.gaps = fromRows<StandardizationGap>(m_gaps, [&](int r) {
        return StandardizationGap{t(m_gaps, r, "description"),   t(m_gaps, r, "facet"),
                                  t(m_gaps, r, "candidate_sdo"), t(m_gaps, r, "question"),
                                  t(m_gaps, r, "priority"),      t(m_gaps, r, "status")};
    });
    u.attachments = m_attachments->attachments();
    return u;
}

void UseCaseEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    emit modifiedChanged(modified);
}

void UseCaseEditor::noteEdit()
{
    if (m_loading)
        return;
    setModified(true);
    m_validationTimer->start();
    emit edited();
}

// ---------------------------------------------------------------------------------------------
// Validation

QString UseCaseEditor::fieldProblem(const TextField &f) const
{
    const QString s = f.line ? f.line->text() : f.plain->toPlainText();
    if (f.required && s.trimmed().isEmpty())
        return tr("is required");
    const QString problem =
        UseCaseValidator::textProblem(s, f.maxChars, f.line ? TextKind::SingleLine : TextKind::MultiLine);
    if (!problem.isEmpty() || s.isEmpty() || !f.rule)
        return problem;
    return f.rule(s);
}

void UseCaseEditor::refreshField(TextField &f)
{
    // A long text is checked only for its length: cheap even for a megabyte. A required field of a
    // record nobody has touched yet is not flagged; validationErrors() still reports it.
    QString problem = fieldProblem(f);
    if (!f.dirty && !m_modified && (f.line ? f.line->text() : f.plain->toPlainText()).trimmed().isEmpty())
        problem.clear();
    f.errorLabel->setText(problem.isEmpty() ? QString() : tr("⚠ %1 %2").arg(f.name, problem));
    f.errorLabel->setVisible(!problem.isEmpty());
    QWidget *w = f.line ? static_cast<QWidget *>(f.line) : f.plain;
    // The problem, else the hint (a line edit falls back to its placeholder by itself).
    w->setAccessibleDescription(problem.isEmpty() && f.plain ? f.plain->placeholderText() : problem);
    w->setProperty("invalid", !problem.isEmpty());
}

QStringList UseCaseEditor::validationErrors() const
{
    QStringList errors;
    for (const TextField &f : m_textFields) {
        if (const QString problem = fieldProblem(f); !problem.isEmpty())
            errors.append(tr("%1: %2").arg(f.name, problem));
    }
    for (const TableField &t : m_tables)
        errors += t.editor->model()->problems(t.name);
    // The rest of the record (scenario steps, lists, countries, attachments...) is checked by the
    // one validator every reader applies; the fields and tables above show their own problems.
    static const QRegularExpression shownAbove(QStringLiteral("^[a-z_0-9]+(\\[\\d+\\]\\.[a-z_0-9]+)?$"));
    const QList<FieldProblem> problems = UseCaseValidator::validate(useCase());
    for (const FieldProblem &p : problems) {
        if (errors.isEmpty() || !shownAbove.match(p.field).hasMatch()
            || p.field.startsWith(QLatin1String("attachments[")))
            errors.append(tr("%1: %2").arg(fieldLabel(p.field), p.message));
    }
    return errors;
}

void UseCaseEditor::refreshSummary()
{
    for (TextField &f : m_textFields)
        refreshField(f);
    if (!m_modified) {
        m_validationLabel->hide();
        return;
    }
    const QStringList errors = validationErrors();
    if (errors.isEmpty()) {
        m_validationLabel->hide();
        return;
    }
    QStringList shown = errors.mid(0, 3);
    if (errors.size() > 3)
        shown.append(tr("and %n more", nullptr, int(errors.size() - 3)));
    m_validationLabel->setText(
        tr("⚠ This use case cannot be saved yet: %1").arg(shown.join(QLatin1String("; "))));
    m_validationLabel->setVisible(true);
}

// ---------------------------------------------------------------------------------------------
// Header, read-only, prompts

QString UseCaseEditor::headerText() const
{
    const UseCase &u = m_original;
    const auto when = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    QStringList parts;
    if (!u.code.isEmpty())
        parts.append(u.code);
    if (u.revision <= 0 && !u.createdAt.isValid()) {
        parts.append(tr("New use case, not saved yet"));
        return parts.join(QStringLiteral(" · "));
    }
    parts.append(tr("Revision %1").arg(u.revision));
    if (u.createdAt.isValid())
        parts.append(tr("created %1").arg(when(u.createdAt)));
    if (u.modifiedAt.isValid()) {
        parts.append(u.modifiedBy.isEmpty() ? tr("modified %1").arg(when(u.modifiedAt))
                                            : tr("modified %1 by %2").arg(when(u.modifiedAt), u.modifiedBy));
    }
    return parts.join(QStringLiteral(" · "));
}

void UseCaseEditor::updateHeader()
{
    m_headerLabel->setText(headerText());
    m_headerLabel->setToolTip(m_original.uuid.isEmpty() ? QString() : tr("UUID %1").arg(m_original.uuid));
}

void UseCaseEditor::setReadOnly(bool readOnly)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_readOnly = readOnly;
    for (TextField &f : m_textFields) {
        if (f.line)
            f.line->setReadOnly(readOnly);
        else
            f.plain->setReadOnly(readOnly);
    }
    for (const ComboField &f : m_comboFields)
        f.combo->setEnabled(!readOnly);
    for (VocabularyCheckModel *m : {m_verticals, m_sdgs, m_regions, m_connectivity, m_onboarding})
        m->setReadOnly(readOnly);
    for (QWidget *w : std::as_const(m_freeEntryInputs))
        w->setVisible(!readOnly);
    for (StringListEditor *e : std::as_const(m_stringLists))
        e->setReadOnly(readOnly);
    for (const TableField &t : std::as_const(m_tables))
        t.editor->setReadOnly(readOnly);
    m_scenarioSection->setReadOnly(readOnly);
    m_kpiSection->setReadOnly(readOnly);
    m_contexts->setReadOnly(readOnly);
    m_attachments->setReadOnly(readOnly);
    m_loading = wasLoading;
}

void UseCaseEditor::setClock(const Clock *clock)
{
    m_attachments->setClock(clock);
}

UseCase UseCaseEditor::duplicateOf(const UseCase &source)
{
    UseCase copy = source.duplicated();
    copy.title = tr("Copy of %1").arg(source.title).left(UseCaseLimits::kTitleChars);
    return copy;
}

// ---------------------------------------------------------------------------------------------
// Attachments

void UseCaseEditor::setAttachmentStore(AttachmentStore *store)
{
    m_attachments->setAttachmentStore(store);
}

int UseCaseEditor::addAttachmentFiles(const QStringList &paths)
{
    return m_attachments->addFiles(paths);
}

bool UseCaseEditor::openAttachment(int row)
{
    return m_attachments->open(row);
}

void UseCaseEditor::removeSelectedAttachments()
{
    m_attachments->removeSelected();
}

} // namespace casebook::ui
