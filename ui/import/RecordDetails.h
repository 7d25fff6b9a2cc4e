#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace casebook::ui {

class ImportPlanModel;

/// The selected record of an import plan: its title, notes and added tags, and field by field the
/// local and the incoming value with a choice (mine / theirs) that reaches the model's Resolutions.
class RecordDetails : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetails(ImportPlanModel *model, QWidget *parent = nullptr);

    /// Shows the record on `row` of the model (-1: none).
    void showRow(int row);
    /// Sets every field choice to what the import will use under the model's Resolutions.
    void refreshChoices();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString titleText(int row) const;
    void addField(int i);
    void fitRows();

    ImportPlanModel *m_model;
    QLabel *m_title = nullptr;
    QTableWidget *m_fields = nullptr;
    int m_row = -1;
};

} // namespace casebook::ui
