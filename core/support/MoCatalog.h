#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace casebook {

/// The translations of one GNU gettext message catalogue (a compiled `.mo` file), such as the
/// iso-codes catalogues of country names that the build embeds. Reads both byte orders and checks
/// every offset, so a damaged file is refused rather than read out of bounds.
class MoCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MoCatalog)
public:
    /// The catalogue in `data`, or ErrorCode::InputRejected when it is not a well-formed .mo file.
    /// Messages with a context or plural forms keep only their first form; untranslated ones and the
    /// header are left out.
    static Result<MoCatalog> parse(const QByteArray &data);

    /// The translation of `message`, or an empty string when the catalogue has none.
    QString translate(const QString &message) const { return m_messages.value(message); }
    qsizetype size() const { return m_messages.size(); }

private:
    QHash<QString, QString> m_messages;
};

} // namespace casebook
