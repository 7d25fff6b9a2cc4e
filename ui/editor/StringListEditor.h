#pragma once

#include <QWidget>

#include <functional>

class QAction;
class QCompleter;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace casebook::ui {

class ValueListModel;

/// A list of text values edited with a line edit (optionally with completion), an Add button and a
/// list with Remove. Enter in the line edit adds; Delete in the list removes the current entry.
class StringListEditor : public QWidget
{
    Q_OBJECT
public:
    /// Turns what was typed into the value to store, or returns an empty string and sets `problem`.
    using Resolver = std::function<QString(const QString &input, QString *problem)>;

    /// `name` names the parts ("countries" gives "countriesEdit", "countriesList",
    /// "countriesErrorLabel"); `stem` the buttons ("Country": "addCountryButton", "removeCountryButton").
    StringListEditor(ValueListModel *model, const QString &name, const QString &stem,
                     QWidget *parent = nullptr);

    ValueListModel *model() const { return m_model; }
    QLineEdit *lineEdit() const { return m_edit; }
    QListView *listView() const { return m_list; }
    void setResolver(Resolver resolver) { m_resolver = std::move(resolver); }
    void setCompleter(QCompleter *completer);
    void setPlaceholderText(const QString &text);
    void setReadOnly(bool readOnly);

    /// Adds what the line edit holds; false (with the reason shown under it) when it is refused.
    bool addFromInput();
    void removeCurrent();

signals:
    void edited();

private:
    void showProblem(const QString &problem);
    void updateState();

    ValueListModel *m_model;
    QLineEdit *m_edit = nullptr;
    QPushButton *m_addButton = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QAction *m_removeAction = nullptr;
    Resolver m_resolver;
    QString m_keysDescription; ///< the list's description: its keys
    bool m_readOnly = false;
};

} // namespace casebook::ui
