#pragma once

#include "model/Rubric.h"

#include <QString>

namespace casebook {

/// A rubric's own texts (name, dimension and criterion names, level descriptors, knock-out flags)
/// as the window and the reports show them. The default rubric that ships with Casebook is shown in
/// the UI language: its texts are translated with the application (context
/// "casebook::DefaultRubric", listed by DataStrings). Any other rubric, and any text of the default
/// rubric that the translations do not know, is shown as written. Stored rubrics never change.
class RubricText
{
public:
    explicit RubricText(const Rubric &rubric);

    QString operator()(const QString &text) const;

    /// A copy of the rubric with every text as shown (same ids, weights and UUID): for the score
    /// sheet and the reports, never for storing or exporting.
    static Rubric forDisplay(const Rubric &rubric);

private:
    bool m_translated = false;
};

} // namespace casebook
