#include "exchange/SafeXmlReader.h"

#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace casebook {

const XmlElement *XmlElement::child(const QString &childName) const
{
    for (const XmlElement &c : children) {
        if (c.name == childName)
            return &c;
    }
    return nullptr;
}

QList<const XmlElement *> XmlElement::all(const QString &childName) const
{
    QList<const XmlElement *> out;
    for (const XmlElement &c : children) {
        if (c.name == childName)
            out.append(&c);
    }
    return out;
}

QString XmlElement::childText(const QString &childName) const
{
    const XmlElement *c = child(childName);
    return c ? c->text : QString();
}

Result<QByteArray> SafeXmlReader::readBytes(const QString &path) const
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InputRejected, tr("%1 cannot be read.").arg(name), file.errorString());
    if (file.size() > m_limits.maxFileBytes)
        return tooLarge(name);
    return file.readAll();
}

Result<XmlElement> SafeXmlReader::readFile(const QString &path) const
{
    auto bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return parse(*bytes, QFileInfo(path).fileName());
}

Error SafeXmlReader::tooLarge(const QString &fileName) const
{
    return Error{ErrorCode::InputRejected,
                 tr("%1 is larger than %2 MB, the most an XML file may have; it was not read.")
                     .arg(fileName)
                     .arg(m_limits.maxFileBytes / (1024 * 1024)),
                 {}};
}

Result<XmlElement> SafeXmlReader::parse(const QByteArray &bytes, const QString &fileName) const
{
    if (bytes.size() > m_limits.maxFileBytes)
        return tooLarge(fileName);
    QXmlStreamReader xml(bytes);
    const auto refuse = [&](const QString &what) -> Error {
        return Error{
            ErrorCode::InputRejected,
            tr("%1, line %2: %3; nothing was imported.").arg(fileName).arg(xml.lineNumber()).arg(what),
            {}};
    };
    XmlElement root;
    bool rootSeen = false;
    std::vector<XmlElement *> open;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return refuse(tr("the file has a document type declaration (DOCTYPE), which exchange files never "
                             "need and which can define entities; it is refused"));
        case QXmlStreamReader::EntityReference:
            return refuse(tr("the entity reference &%1; is refused (only &amp;, &lt;, &gt;, &quot;, &apos; "
                             "and character references are read)")
                              .arg(xml.name()));
        case QXmlStreamReader::ProcessingInstruction:
            return refuse(
                tr("the processing instruction <?%1?> is refused").arg(xml.processingInstructionTarget()));
        case QXmlStreamReader::StartElement: {
            if (++elements > m_limits.maxElements)
                return refuse(tr("the file has more than %1 elements").arg(m_limits.maxElements));
            if (int(open.size()) >= m_limits.maxDepth)
                return refuse(tr("elements are nested more than %1 deep").arg(m_limits.maxDepth));
            XmlElement *element = nullptr;
            if (open.empty()) {
                if (rootSeen)
                    return refuse(tr("a second root element"));
                rootSeen = true;
                element = &root;
            } else {
                open.back()->children.emplace_back();
                element = &open.back()->children.back();
            }
            element->name = xml.name().toString();
            element->namespaceUri = xml.namespaceUri().toString();
            element->line = xml.lineNumber();
            qint64 attributeChars = 0;
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                attributeChars += a.qualifiedName().size() + a.value().size();
                if (attributeChars > m_limits.maxTextChars)
                    return refuse(tr("the attributes of <%1> are longer than %2 characters")
                                      .arg(element->name)
                                      .arg(m_limits.maxTextChars));
                element->attributes.append({a.qualifiedName().toString(), a.value().toString()});
            }
            open.push_back(element);
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.back()->children.empty())
                open.back()->text.clear();
            open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty() && open.back()->children.empty()) {
                if (open.back()->text.size() + xml.text().size() > m_limits.maxTextChars)
                    return refuse(tr("the text of <%1> is longer than %2 characters")
                                      .arg(open.back()->name)
                                      .arg(m_limits.maxTextChars));
                open.back()->text += xml.text();
            }
            break;
        default: break;
        }
    }
    if (xml.hasError())
        return Error{ErrorCode::InputRejected,
                     tr("%1, line %2: this is not well-formed XML (%3); nothing was imported.")
                         .arg(fileName)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString()),
                     xml.errorString()};
    if (!rootSeen)
        return Error{ErrorCode::InputRejected, tr("%1 holds no XML element.").arg(fileName), {}};
    return root;
}

} // namespace casebook
