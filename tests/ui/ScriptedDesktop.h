#pragma once

#include "widgets/Desktop.h"

#include <QStringList>

namespace casebook::test {

/// Records what would have been handed to the desktop; starts nothing.
class ScriptedDesktop : public ui::Desktop
{
public:
    bool canMail = false; ///< what composeMail answers
    bool canOpen = true; ///< what openWithSystemViewer answers
    QStringList mailed; ///< attachments of the mails composed
    QStringList shownInFileManager;
    QStringList opened;

    bool composeMail(const QString &, const QString &attachment) override
    {
        if (canMail)
            mailed.append(attachment);
        return canMail;
    }
    bool showInFileManager(const QString &path) override
    {
        shownInFileManager.append(path);
        return true;
    }
    bool openWithSystemViewer(const QString &path) override
    {
        opened.append(path);
        return canOpen;
    }
};

} // namespace casebook::test
