#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace casebook {

/// A null QString or QByteArray is bound as SQL NULL. The text columns of a use case and its
/// full-text row hold empty text for an empty field instead: this gives an empty QString, or an
/// empty QByteArray for UTF-8 text bound as bytes (CAST(? AS TEXT)). Other values pass unchanged.
inline QVariant notNullText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QString(QLatin1String(""));
    if (v.typeId() == QMetaType::QByteArray && v.toByteArray().isNull())
        return QByteArray("");
    return v;
}

/// notNullText() of each of `values`, in order.
inline QVariantList notNullTexts(QVariantList values)
{
    for (QVariant &v : values)
        v = notNullText(v);
    return values;
}

} // namespace casebook
