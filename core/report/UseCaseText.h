#pragma once

#include "model/UseCase.h"

#include <QCoreApplication>

namespace casebook {

/// A readable plain-text rendering of a use case, shared by `casebook-cli show` and the window's
/// detail pane. Plain text only: nothing from the record is ever interpreted as markup.
class UseCaseText
{
    Q_DECLARE_TR_FUNCTIONS(UseCaseText)
public:
    static QString toPlainText(const UseCase &useCase);
    /// The development context of each country, e.g. "Kenya: Developing country; Rwanda: Least
    /// developed country", in the UI language.
    static QString developmentContexts(const UseCase &useCase);
};

} // namespace casebook
