#include "report/CoverPageForm.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace casebook::ui {

CoverPageForm::CoverPageForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("coverPageForm"));
    m_questions = line("questionsEdit");
    m_questions->setPlaceholderText(tr("e.g. Q2/20"));
    m_studyGroup = line("studyGroupEdit");
    m_studyGroup->setPlaceholderText(tr("e.g. Study Group 20"));
    m_meeting = line("meetingEdit");
    m_meeting->setPlaceholderText(tr("Place and date, e.g. Geneva, 3-12 March 2027"));
    m_source = line("sourceEdit");
    m_title = line("titleEdit");
    m_purpose = line("purposeEdit");
    m_purpose->setPlaceholderText(tr("Discussion, Information or Proposal"));
    m_contactName = line("contactNameEdit");
    m_contactOrganization = line("contactOrganizationEdit");
    m_contactEmail = line("contactEmailEdit");
    m_keywords = line("keywordsEdit");
    m_abstract = new QPlainTextEdit(this);
    m_abstract->setObjectName(QStringLiteral("abstractEdit"));
    m_abstract->setTabChangesFocus(true);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Question(s):"), m_questions);
    form->addRow(tr("Study &group:"), m_studyGroup);
    form->addRow(tr("&Meeting:"), m_meeting);
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Contact &name:"), m_contactName);
    form->addRow(tr("Contact &organization:"), m_contactOrganization);
    form->addRow(tr("Contact &email:"), m_contactEmail);
    form->addRow(tr("&Keywords:"), m_keywords);
    form->addRow(tr("&Abstract:"), m_abstract);
}

QLineEdit *CoverPageForm::line(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    return edit;
}

ContributionCover CoverPageForm::cover() const
{
    ContributionCover c;
    c.questions = m_questions->text().trimmed();
    c.studyGroup = m_studyGroup->text().trimmed();
    c.meeting = m_meeting->text().trimmed();
    c.source = m_source->text().trimmed();
    c.title = m_title->text().trimmed();
    c.purpose = m_purpose->text().trimmed();
    c.contactName = m_contactName->text().trimmed();
    c.contactOrganization = m_contactOrganization->text().trimmed();
    c.contactEmail = m_contactEmail->text().trimmed();
    c.keywords = m_keywords->text().trimmed();
    c.abstract = m_abstract->toPlainText().trimmed();
    return c;
}

void CoverPageForm::setCover(const ContributionCover &c)
{
    m_questions->setText(c.questions);
    m_studyGroup->setText(c.studyGroup);
    m_meeting->setText(c.meeting);
    m_source->setText(c.source);
    m_title->setText(c.title);
    m_purpose->setText(c.purpose);
    m_contactName->setText(c.contactName);
    m_contactOrganization->setText(c.contactOrganization);
    m_contactEmail->setText(c.contactEmail);
    m_keywords->setText(c.keywords);
    m_abstract->setPlainText(c.abstract);
}

} // namespace casebook::ui
