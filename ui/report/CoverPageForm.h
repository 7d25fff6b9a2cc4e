#pragma once

#include "report/ContributionReport.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace casebook::ui {

/// The cover page of a contribution report as a form: Question(s), study group, meeting, source, title,
/// purpose, contact (name, organization, email), keywords and abstract. Every field is plain text.
class CoverPageForm : public QWidget
{
    Q_OBJECT
public:
    explicit CoverPageForm(QWidget *parent = nullptr);

    ContributionCover cover() const;
    void setCover(const ContributionCover &cover);

private:
    QLineEdit *line(const char *objectName);

    QLineEdit *m_questions = nullptr;
    QLineEdit *m_studyGroup = nullptr;
    QLineEdit *m_meeting = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLineEdit *m_contactName = nullptr;
    QLineEdit *m_contactOrganization = nullptr;
    QLineEdit *m_contactEmail = nullptr;
    QLineEdit *m_keywords = nullptr;
    QPlainTextEdit *m_abstract = nullptr;
};

} // namespace casebook::ui
