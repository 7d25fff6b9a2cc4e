#include "widgets/Prompts.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace casebook::ui {

bool Prompts::mayReplace(QWidget *parent, const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    const char *context = "casebook::ui::Prompts";
    return confirm(parent,
                   {QCoreApplication::translate(context, "Replace the file?"),
                    QCoreApplication::translate(context, "%1 already exists. Replace it?")
                        .arg(QFileInfo(path).fileName()),
                    {},
                    {},
                    true});
}

} // namespace casebook::ui
