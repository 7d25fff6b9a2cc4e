#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace casebook {

/// Bounds on XML from outside, in the style of ZipLimits and JsonLimits: checked while the text is
/// read, before anything is built from it.
struct XmlLimits
{
    /// Largest file read at all.
    qint64 maxFileBytes = qint64(32) * 1024 * 1024;
    /// Deepest nesting of elements (the root is 1).
    int maxDepth = 64;
    /// Most elements in one document.
    int maxElements = 400000;
    /// Most characters of text in one element, and of its attributes together.
    qint64 maxTextChars = qint64(2) * 1024 * 1024;
};

/// One element of a parsed document: its local name, its text (for an element without child
/// elements) and its children, with the line it starts on for messages.
struct XmlElement
{
    QString name; ///< local name, without prefix
    QString namespaceUri;
    QString text; ///< character data of an element without child elements
    QList<QPair<QString, QString>> attributes; ///< (qualified name, value), in document order
    qint64 line = 0;
    std::vector<XmlElement> children;

    /// The first child named `name`, or nullptr.
    const XmlElement *child(const QString &name) const;
    /// Every child named `name`, in document order.
    QList<const XmlElement *> all(const QString &name) const;
    /// The text of the first child named `name`; empty when there is none.
    QString childText(const QString &name) const;
};

/// Parses untrusted XML into XmlElement with QXmlStreamReader, refusing what an exchange file
/// never needs and hostile files use: a document type declaration (DOCTYPE, so no entity
/// definitions, no external entities, no entity expansion), references to entities other than
/// the five predefined ones, processing instructions, and documents beyond XmlLimits. Comments are
/// skipped. Every refusal is ErrorCode::InputRejected with a translated sentence naming the file,
/// the line and what was refused.
class SafeXmlReader
{
    Q_DECLARE_TR_FUNCTIONS(SafeXmlReader)
public:
    explicit SafeXmlReader(const XmlLimits &limits = {})
        : m_limits(limits)
    { }

    /// The bytes of the file at `path`, its size checked against the limit before it is read.
    Result<QByteArray> readBytes(const QString &path) const;
    /// Reads and parses the file at `path`.
    Result<XmlElement> readFile(const QString &path) const;
    /// Parses `bytes`; `fileName` names the source in messages.
    Result<XmlElement> parse(const QByteArray &bytes, const QString &fileName) const;

private:
    Error tooLarge(const QString &fileName) const;

    XmlLimits m_limits;
};

} // namespace casebook
