#pragma once

#include <QCoreApplication>
#include <QString>

namespace casebook::ui {

/// The welcome banner's words, following what the repository holds.
class WelcomeText
{
    Q_DECLARE_TR_FUNCTIONS(WelcomeText)
public:
    /// For a repository of `total` use cases, `examples` of them tagged "example".
    static QString forRepository(int total, int examples);
};

} // namespace casebook::ui
