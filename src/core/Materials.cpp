#include "Materials.h"

#include <QFileInfo>
#include <QStringList>

#include <algorithm>

namespace oc::material {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}

quint32 littleEndian32(QByteArrayView data, qsizetype at)
{
    quint32 value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | quint8(data.at(at + i));
    return value;
}

// An OpenDocument text (.odt). Its zip starts with the entry "mimetype", stored uncompressed,
// whose content is "application/vnd.oasis.opendocument.text" (the OpenDocument standard, part
// 3, 3.3): the local header names it at offset 30, its content follows at 38. The first
// HeaderBytes bytes hold the name and the content's start; what tells a text from the other
// OpenDocument kinds (spreadsheet, presentation, ...) is the content's length in the header
// (offset 22): the text's 39 bytes.
bool isOpenDocumentText(QByteArrayView h)
{
    static constexpr QByteArrayView MimeType("application/vnd.oasis.opendocument.text");
    constexpr qsizetype NameAt = 30;
    constexpr qsizetype ContentAt = NameAt + 8;
    if (!startsWith(h, "PK\x03\x04") || h.size() < ContentAt + 16)
        return false;
    const quint16 method = quint16(quint8(h.at(8)) | (quint8(h.at(9)) << 8));
    const quint16 nameLength = quint16(quint8(h.at(26)) | (quint8(h.at(27)) << 8));
    const quint16 extraLength = quint16(quint8(h.at(28)) | (quint8(h.at(29)) << 8));
    if (method != 0 || nameLength != 8 || extraLength != 0 ||
        h.sliced(NameAt, 8) != QByteArrayView("mimetype"))
        return false;
    if (littleEndian32(h, 22) != quint32(MimeType.size()))
        return false;
    const QByteArrayView content = h.sliced(ContentAt);
    return startsWith(MimeType, content.first(std::min(content.size(), MimeType.size())));
}

} // namespace

MaterialType detectType(QByteArrayView h)
{
    using namespace Qt::StringLiterals;
    if (startsWith(h, "\xFF\xD8\xFF"))
        return MaterialType::Jpeg;
    if (startsWith(h, "\x89PNG\r\n\x1A\n"))
        return MaterialType::Png;
    if (startsWith(h, "GIF87a") || startsWith(h, "GIF89a"))
        return MaterialType::Gif;
    if (startsWith(h, "%PDF-"))
        return MaterialType::Pdf;
    // BMP: "BM", then the file size and two reserved zero words, then the pixel offset.
    if (startsWith(h, "BM") && h.size() >= 14 && h.at(6) == 0 && h.at(7) == 0 && h.at(8) == 0 &&
        h.at(9) == 0)
        return MaterialType::Bmp;
    // Word: the OLE compound file of .doc, or the zip of .docx with its word/ part named
    // within the first bytes ("[Content_Types].xml" comes first in Word's own files).
    if (startsWith(h, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return MaterialType::Word;
    if (startsWith(h, "PK\x03\x04") && (h.indexOf(QByteArrayView("word/")) >= 0 ||
                                        h.indexOf(QByteArrayView("[Content_Types]")) >= 0))
        return MaterialType::Word;
    if (isOpenDocumentText(h))
        return MaterialType::Odt;
    return MaterialType::Unknown;
}

MaterialType typeOfName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"jpg" || suffix == u"jpeg")
        return MaterialType::Jpeg;
    if (suffix == u"png")
        return MaterialType::Png;
    if (suffix == u"bmp")
        return MaterialType::Bmp;
    if (suffix == u"gif")
        return MaterialType::Gif;
    if (suffix == u"pdf")
        return MaterialType::Pdf;
    if (suffix == u"doc" || suffix == u"docx")
        return MaterialType::Word;
    if (suffix == u"odt")
        return MaterialType::Odt;
    return MaterialType::Unknown;
}

QString typeName(MaterialType type)
{
    switch (type) {
    case MaterialType::Jpeg:
        return QStringLiteral("JPG");
    case MaterialType::Png:
        return QStringLiteral("PNG");
    case MaterialType::Bmp:
        return QStringLiteral("BMP");
    case MaterialType::Gif:
        return QStringLiteral("GIF");
    case MaterialType::Pdf:
        return QStringLiteral("PDF");
    case MaterialType::Word:
        return QStringLiteral("Word");
    case MaterialType::Odt:
        return QStringLiteral("ODT");
    case MaterialType::Unknown:
        break;
    }
    return QString();
}

QList<MaterialType> individualTypes()
{
    return {MaterialType::Jpeg, MaterialType::Bmp, MaterialType::Png, MaterialType::Pdf};
}

QList<MaterialType> enterpriseTypes()
{
    return {MaterialType::Jpeg, MaterialType::Bmp, MaterialType::Png};
}

QList<MaterialType> applicationFormTypes()
{
    return {MaterialType::Pdf, MaterialType::Jpeg, MaterialType::Bmp, MaterialType::Png};
}

QList<MaterialType> pdfTypes()
{
    return {MaterialType::Pdf};
}

QList<MaterialType> nameChangeTypes()
{
    return {MaterialType::Jpeg, MaterialType::Bmp, MaterialType::Png, MaterialType::Gif,
            MaterialType::Pdf};
}

QList<MaterialType> qualificationProofTypes()
{
    return {MaterialType::Word, MaterialType::Jpeg, MaterialType::Png, MaterialType::Pdf,
            MaterialType::Odt};
}

Problem check(const char *rule, const QString &field, const QString &fileName, qint64 size,
              QByteArrayView header, const QList<MaterialType> &allowed, qint64 maxBytes)
{
    const QString ruleId = QString::fromLatin1(rule);
    if (size <= 0 || header.isEmpty())
        return makeError(ruleId, field, QStringLiteral("empty"));
    if (size > maxBytes)
        return makeError(ruleId, field, QStringLiteral("tooLarge"),
                         {{QStringLiteral("maxMb"), int(maxBytes / (1024 * 1024))}});
    const MaterialType content = detectType(header);
    const MaterialType named = typeOfName(fileName);
    if (!allowed.contains(MaterialType::Word) &&
        (content == MaterialType::Word || named == MaterialType::Word))
        return makeError(ruleId, field, QStringLiteral("word"));
    QStringList names;
    for (MaterialType t : allowed)
        names << typeName(t);
    if (!allowed.contains(content))
        return makeError(ruleId, field, QStringLiteral("type"),
                         {{QStringLiteral("allowed"), names.join(QStringLiteral(", "))}});
    if (named != content)
        return makeError(ruleId, field, QStringLiteral("extension"),
                         {{QStringLiteral("type"), typeName(content)}});
    return std::nullopt;
}

} // namespace oc::material
