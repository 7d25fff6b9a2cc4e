#pragma once

#include <QStringList>

namespace casebook {

/// The texts of the data Casebook ships (vocabulary labels and definitions, the default rubric's
/// names, descriptors and flags), as generated into DataStrings.cpp by scripts/data_strings.py so
/// that lupdate finds them. Vocabulary::displayLabel and RubricText translate them at display time.
class DataStrings
{
public:
    /// Context "casebook::Vocabulary".
    static QStringList vocabularyTexts();
    /// Context "casebook::DefaultRubric".
    static QStringList defaultRubricTexts();
};

} // namespace casebook
