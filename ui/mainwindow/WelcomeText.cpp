#include "mainwindow/WelcomeText.h"

namespace casebook::ui {

QString WelcomeText::forRepository(int total, int examples)
{
    const QString name = tr("Set your name in Preferences so that your edits carry it.");
    if (total <= 0)
        return tr("Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or "
                  "import a bundle or a spreadsheet from the File menu.")
            + QLatin1Char(' ') + name;
    QString shows;
    if (examples >= total)
        shows = tr("The list shows %n example use case(s) from public IoT and smart-city deployments.",
                   nullptr, total);
    else if (examples > 0)
        shows = tr("The list shows %1, among them %2 (tagged “example”).")
                    .arg(tr("%n use case(s)", nullptr, total), tr("%n example(s)", nullptr, examples));
    else
        shows = tr("The list shows the %n use case(s) of this repository.", nullptr, total);
    return tr("Welcome to Casebook.") + QLatin1Char(' ') + shows + QLatin1Char(' ')
        + tr("Filter them with the facets on the left or the search box, and press Ctrl+N to record your "
             "own.")
        + QLatin1Char(' ') + name;
}

} // namespace casebook::ui
