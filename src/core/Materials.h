#pragma once

// Real-name authentication materials (my-account.md §4.2-§4.5, R-AUTH-1, R-AUTH-2, R-AUTH-12,
// R-AUTH-13) and the qualification proof of Edit Information (§5.5, R-ACC-11): a file's type
// is judged by its content (its first bytes), not by its name; the name's extension must
// agree with it; each file is at most 10 MB (the qualification proof 5 MB). Pure functions:
// the console checks a chosen file with them and the services check the same again.

#include "Error.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace oc {

enum class MaterialType
{
    Unknown,
    Jpeg,
    Png,
    Bmp,
    Gif,
    Pdf,
    Word, // .doc or .docx: refused with "convert to PDF" (R-AUTH-12) unless listed (R-ACC-11)
    Odt,  // an OpenDocument text (R-ACC-11)
};

namespace material {

// Bytes of a file's beginning that detectType() needs (and the backend receives).
inline constexpr int HeaderBytes = 64;
inline constexpr qint64 MaxBytes = 10 * 1024 * 1024; // "less than or equal to 10 MB"
// R-ACC-11: the qualification proof, "Maximum file size: 5 MB".
inline constexpr qint64 MaxQualificationProofBytes = 5 * 1024 * 1024;

// The type the first bytes of a file say, whatever its name.
MaterialType detectType(QByteArrayView header);
// The types a file name's extension stands for (".jpg"/".jpeg" both Jpeg, ".doc"/".docx"
// both Word), Unknown else.
MaterialType typeOfName(const QString &fileName);
// "JPG", "PNG", ... as the seed names them in its lists.
QString typeName(MaterialType type);

// The accepted types: R-AUTH-1 (individual: JPG, JPEG, BMP, PNG or PDF), R-AUTH-2
// (enterprise certificates and the photos of W-REAUTH's service ticket: JPG, JPEG, BMP or
// PNG), R-AUTH-12 (application forms: PDF or an image; an individual's change form, the
// Word template converted or scanned: PDF only, §4.4.2 step 4), R-AUTH-13 (the name change's
// three materials: JPG, JPEG, BMP, PNG, GIF or PDF, my-account.md Decisions).
QList<MaterialType> individualTypes();
QList<MaterialType> enterpriseTypes();
QList<MaterialType> applicationFormTypes();
QList<MaterialType> pdfTypes();
QList<MaterialType> nameChangeTypes();
// R-ACC-11: the qualification proof (the VAT registration certificate): "Only .doc, .docx,
// .jpg, .png, .pdf, and .odt files are supported" (DOC, DOCX, JPG, PNG, PDF or ODT).
QList<MaterialType> qualificationProofTypes();

// Whether a file may be uploaded as `field` under `rule`: reasons "empty", "tooLarge"
// {maxMb} (over `maxBytes`), "word" (a Word file where Word is not allowed: convert it
// first), "type" {allowed} (what the content is, e.g. a program whatever its name, is not
// allowed), "extension" {type} (the name says another type than the content).
Problem check(const char *rule, const QString &field, const QString &fileName, qint64 size,
              QByteArrayView header, const QList<MaterialType> &allowed,
              qint64 maxBytes = MaxBytes);

} // namespace material
} // namespace oc
