#pragma once

#include "model/UseCase.h"
#include "model/UseCaseValidator.h"
#include "support/Result.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QFormLayout;

namespace casebook {
class AttachmentStore;
class Clock;
class Vocabulary;
} // namespace casebook

namespace casebook::ui {

class AttachmentsSection;
class CountryContextEditor;
class KpiSection;
class ScenarioSection;
class ChildTableEditor;
class ChildTableModel;
class Desktop;
class Prompts;
class StringListEditor;
class ValueListModel;
class VocabularyCheckModel;

/// Edits every field of one use case, in tabs: identity and provenance; classification; narrative;
/// technology and interoperability; outcomes and gaps; attachments. Tags are not edited here (the
/// main window owns them) and are kept as loaded, like uuid, id, code history, revision, timestamps
/// and unknown fields. The editor never saves: the window saves useCase() when it wants to, after
/// checking validationErrors(), and calls setModified(false).
class UseCaseEditor : public QWidget
{
    Q_OBJECT
public:
    /// Questions go to `prompts`, attachments open through `desktop`; both outlive the editor.
    UseCaseEditor(Prompts &prompts, Desktop &desktop, QWidget *parent = nullptr);
    ~UseCaseEditor() override;
    /// The editor asks for the width of all its tabs, or `width` when that is less: then the tab
    /// bar scrolls (a long language on a small screen).
    void fitTabsWithin(int width);

    /// Loads a record and resets the modified state.
    void setUseCase(const casebook::UseCase &useCase);
    /// The record as currently edited. Fields that were not edited are returned exactly as loaded.
    casebook::UseCase useCase() const;

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

    /// Problems that stop the record from being saved, one sentence each naming the field; empty
    /// when it can be saved. Whatever passes here passes UseCaseJson::fromJson(toJson(useCase())).
    QStringList validationErrors() const;

    /// Where added attachments are stored (content-addressed, at once) and opened from. Not owned;
    /// nullptr disables adding and opening.
    void setAttachmentStore(casebook::AttachmentStore *store);
    /// The clock that stamps added attachments; nullptr restores the system clock.
    void setClock(const casebook::Clock *clock);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// "UC-2026-014 · Revision 3 · created … · modified 2026-05-01 14:02 by Ana"
    QString headerText() const;

    /// Attaches files: their bytes go into the store at once. Returns how many were added.
    int addAttachmentFiles(const QStringList &paths);
    /// Writes the attachment to a private temporary folder and opens it with the system viewer,
    /// after a warning for programs and scripts. False when it was not opened.
    bool openAttachment(int row);
    /// Removes the selected attachments from the record (after asking).
    void removeSelectedAttachments();

    /// Actions to list in the window's menus: go to each tab (Alt+1 … Alt+6).
    QList<QAction *> navigationActions() const { return m_tabActions; }

    /// A copy to start a new record from: same content, new identity (no uuid, code, id,
    /// timestamps or revision) and "Copy of" before the title.
    static casebook::UseCase duplicateOf(const casebook::UseCase &source);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void modifiedChanged(bool modified);
    /// Emitted on every change the person makes (for autosave debouncing).
    void edited();

private:
    /// A text field bound to a QString member of UseCase, with its rule and inline marker.
    struct TextField
    {
        QString UseCase::*member = nullptr;
        QLineEdit *line = nullptr;
        QPlainTextEdit *plain = nullptr;
        QLabel *errorLabel = nullptr;
        QString name; ///< for messages, e.g. "Title"
        int maxChars = UseCaseLimits::kShortTextChars;
        bool required = false;
        std::function<QString(const QString &)> rule;
        bool dirty = false;
    };
    struct ComboField
    {
        QString UseCase::*member = nullptr;
        QComboBox *combo = nullptr;
    };
    struct TableField
    {
        ChildTableEditor *editor = nullptr;
        QString name;
    };

    QWidget *buildIdentityTab();
    QWidget *buildClassificationTab();
    QWidget *buildNarrativeTab();
    QWidget *buildTechnologyTab();
    QWidget *buildOutcomesTab();
    QWidget *buildAttachmentsTab();

    QLineEdit *addLineField(QFormLayout *form, const QString &label, const QString &objectName,
                            QString UseCase::*member, int maxChars, bool required = false,
                            std::function<QString(const QString &)> rule = {});
    QPlainTextEdit *addTextField(QFormLayout *form, const QString &label, const QString &objectName,
                                 QString UseCase::*member, int maxChars, int lines);
    QComboBox *addComboField(QFormLayout *form, const QString &label, const QString &objectName,
                             QString UseCase::*member, const casebook::Vocabulary &vocabulary,
                             bool allowEmpty);
    ChildTableEditor *addTable(QFormLayout *form, const QString &label, ChildTableModel *model,
                               const QString &tableName, const QString &stem, const QString &name,
                               const QString &emptyText);
    QListView *addCheckList(QFormLayout *form, const QString &label, VocabularyCheckModel *model,
                            const QString &objectName);
    StringListEditor *addStringList(QFormLayout *form, const QString &label, ValueListModel *model,
                                    const QString &name, const QString &stem, int maxChars);
    QWidget *withFreeEntry(QListView *list, VocabularyCheckModel *model, const QString &name,
                           const QString &stem);
    void addRequirementsTable(QFormLayout *form);
    void addScenarios(QFormLayout *form);
    void addInformationTable(QFormLayout *form);
    void addContexts(QFormLayout *form);
    /// An actor renamed in the actors table: the scenarios naming it follow.
    void followActorRenames(int firstRow, int lastRow);
    /// Repaints the tables whose references may have started or stopped resolving.
    void refreshReferences();

    QString fieldProblem(const TextField &field) const;
    void refreshField(TextField &field);
    void refreshSummary();
    void noteEdit();
    void updateHeader();
    void fitCheckList(QListView *list);

    UseCase m_original;
    bool m_modified = false;
    bool m_loading = false;
    bool m_readOnly = false;
    Prompts &m_prompts;
    Desktop &m_desktop;

    QLabel *m_headerLabel = nullptr;
    QLabel *m_validationLabel = nullptr;
    QTabWidget *m_tabs = nullptr;
    QList<QAction *> m_tabActions;
    QTimer *m_validationTimer = nullptr;

    QList<TextField> m_textFields;
    QList<ComboField> m_comboFields;
    QList<TableField> m_tables;

    VocabularyCheckModel *m_verticals = nullptr;
    VocabularyCheckModel *m_sdgs = nullptr;
    VocabularyCheckModel *m_regions = nullptr;
    VocabularyCheckModel *m_connectivity = nullptr;
    VocabularyCheckModel *m_onboarding = nullptr;
    QList<QListView *> m_checkLists;
    QList<QWidget *> m_freeEntryInputs;

    ValueListModel *m_u4sscKpis = nullptr;
    ValueListModel *m_countries = nullptr;
    ValueListModel *m_platforms = nullptr;
    ValueListModel *m_securityBaselines = nullptr;
    ValueListModel *m_assumptions = nullptr;
    ValueListModel *m_prerequisites = nullptr;
    ValueListModel *m_ituQuestions = nullptr;
    ValueListModel *m_relatedRecommendations = nullptr;
    QList<StringListEditor *> m_stringLists;

    ChildTableModel *m_submitters = nullptr;
    ChildTableModel *m_requirements = nullptr;
    ChildTableModel *m_sourceDocuments = nullptr;
    ChildTableModel *m_related = nullptr;
    ChildTableModel *m_actors = nullptr;
    ChildTableModel *m_scenarios = nullptr;
    ChildTableModel *m_information = nullptr;
    ChildTableModel *m_standards = nullptr;
    ChildTableModel *m_interfaces = nullptr;
    ChildTableModel *m_identifierSchemes = nullptr;
    ChildTableModel *m_kpis = nullptr;
    ChildTableModel *m_gaps = nullptr;
    ScenarioSection *m_scenarioSection = nullptr;
    ChildTableEditor *m_scenariosEditor = nullptr;
    ChildTableEditor *m_informationEditor = nullptr;
    KpiSection *m_kpiSection = nullptr;
    ChildTableEditor *m_kpisEditor = nullptr;
    CountryContextEditor *m_contexts = nullptr;
    QStringList m_actorNames; ///< the actors table's names as last seen, to tell a rename

    AttachmentsSection *m_attachments = nullptr;
};

} // namespace casebook::ui
