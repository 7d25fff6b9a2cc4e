#include "model/RubricFile.h"

#include "model/RubricJson.h"
#include "support/StrictJson.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace casebook {

Result<Rubric> RubricFile::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InputRejected, tr("Cannot read %1: %2.").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxBytes + 1);
    if (bytes.size() > kMaxBytes)
        return makeError(
            ErrorCode::InputRejected,
            tr("%1 is larger than %2 MB; a rubric is much smaller.").arg(path).arg(kMaxBytes >> 20));
    auto parsed = StrictJson::parse(bytes);
    if (!parsed)
        return makeError(ErrorCode::InputRejected, tr("%1: %2").arg(path, parsed.error().message),
                         parsed.error().detail);
    const QJsonDocument doc = *parsed;
    if (!doc.isObject())
        return makeError(ErrorCode::InputRejected, tr("%1 must hold one rubric object.").arg(path));
    auto rubric = RubricJson::fromJson(doc.object());
    if (!rubric)
        return makeError(ErrorCode::InputRejected, tr("%1: %2").arg(path, rubric.error().message));
    return rubric;
}

Status RubricFile::write(const QString &path, const Rubric &rubric)
{
    const QByteArray json = QJsonDocument(RubricJson::toJson(rubric)).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return makeError(ErrorCode::Storage, tr("Cannot write %1: %2.").arg(path, file.errorString()));
    return {};
}

} // namespace casebook
