// Real-name authentication materials judged by content (core/Materials.h; R-AUTH-1,
// R-AUTH-2, R-AUTH-12, R-AUTH-13): the type by the first bytes, the name's extension
// agreeing, at most 10 MB, Word refused. Table-driven, without a QApplication.

#include "core/Materials.h"

#include <QTest>

using namespace oc;
using namespace Qt::StringLiterals;

class TestMaterials : public QObject
{
    Q_OBJECT
private slots:
    void R_AUTH_1_detectType_data();
    void R_AUTH_1_detectType();
    void R_AUTH_1_typeOfName_data();
    void R_AUTH_1_typeOfName();
    void R_AUTH_1_check_data();
    void R_AUTH_1_check();
    void R_AUTH_12_R_AUTH_13_reauthenticationTypes_data();
    void R_AUTH_12_R_AUTH_13_reauthenticationTypes();
    void R_ACC_11_qualificationProofTypes_data();
    void R_ACC_11_qualificationProofTypes();
};

namespace {

QByteArray bytes(const char *data, int size)
{
    return QByteArray(data, size);
}

const QByteArray Jpeg = bytes("\xFF\xD8\xFF\xE0\x00\x10JFIF\x00", 11);
const QByteArray Png = bytes("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16);
// "BM", the file size, two reserved zero words, the pixel offset.
const QByteArray Bmp = bytes("BM\x36\x00\x0C\x00\x00\x00\x00\x00\x36\x00\x00\x00", 14);
const QByteArray Gif = "GIF89a\x10\x00\x10\x00";
const QByteArray Pdf = "%PDF-1.7\n%";
const QByteArray Doc = bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00", 10);
const QByteArray Docx =
    bytes("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml", 38);
// A zip's first entry "mimetype", stored, `size` bytes long, then its content: an
// OpenDocument's first 64 bytes (the text's mime type is 39 bytes, a spreadsheet's 46).
QByteArray openDocument(quint8 size, const QByteArray &mimeType)
{
    QByteArray h = bytes("PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x5E\xC6\x32\x0C", 18);
    h += char(size) + bytes("\x00\x00\x00", 3) + char(size) + bytes("\x00\x00\x00", 3);
    h += bytes("\x08\x00\x00\x00", 4) + "mimetype" + mimeType;
    return h.left(64);
}
const QByteArray Odt = openDocument(39, "application/vnd.oasis.opendocument.text");
const QByteArray Ods = openDocument(46, "application/vnd.oasis.opendocument.spreadsheet");
const QByteArray Elf = bytes("\x7F"
                             "ELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00",
                             16);
const QByteArray Exe = bytes("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF", 14);

} // namespace

void TestMaterials::R_AUTH_1_detectType_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("type");
    QTest::newRow("JPEG") << Jpeg << int(MaterialType::Jpeg);
    QTest::newRow("PNG") << Png << int(MaterialType::Png);
    QTest::newRow("BMP") << Bmp << int(MaterialType::Bmp);
    QTest::newRow("GIF87a") << QByteArray("GIF87a\x01\x00") << int(MaterialType::Gif);
    QTest::newRow("GIF89a") << Gif << int(MaterialType::Gif);
    QTest::newRow("PDF") << Pdf << int(MaterialType::Pdf);
    QTest::newRow("Word .doc") << Doc << int(MaterialType::Word);
    QTest::newRow("Word .docx") << Docx << int(MaterialType::Word);
    QTest::newRow("OpenDocument text") << Odt << int(MaterialType::Odt);
    QTest::newRow("OpenDocument spreadsheet") << Ods << int(MaterialType::Unknown);
    QTest::newRow("OpenDocument text cut short") << Odt.first(40) << int(MaterialType::Unknown);
    QTest::newRow("a Linux program") << Elf << int(MaterialType::Unknown);
    QTest::newRow("a Windows program") << Exe << int(MaterialType::Unknown);
    QTest::newRow("a plain zip") << bytes("PK\x03\x04\x14\x00\x00\x00", 8)
                                 << int(MaterialType::Unknown);
    QTest::newRow("BM without zero words")
        << QByteArray("BM text file here") << int(MaterialType::Unknown);
    QTest::newRow("PNG cut short") << Png.first(5) << int(MaterialType::Unknown);
    QTest::newRow("text") << QByteArray("hello, world") << int(MaterialType::Unknown);
    QTest::newRow("empty") << QByteArray() << int(MaterialType::Unknown);
}

void TestMaterials::R_AUTH_1_detectType()
{
    QFETCH(QByteArray, header);
    QFETCH(int, type);
    QCOMPARE(int(material::detectType(header)), type);
}

void TestMaterials::R_AUTH_1_typeOfName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::newRow("jpg") << u"a.jpg"_s << int(MaterialType::Jpeg);
    QTest::newRow("JPEG upper case") << u"A.JPEG"_s << int(MaterialType::Jpeg);
    QTest::newRow("png") << u"scan.final.png"_s << int(MaterialType::Png);
    QTest::newRow("bmp") << u"a.bmp"_s << int(MaterialType::Bmp);
    QTest::newRow("gif") << u"a.gif"_s << int(MaterialType::Gif);
    QTest::newRow("pdf") << u"a.pdf"_s << int(MaterialType::Pdf);
    QTest::newRow("doc") << u"a.doc"_s << int(MaterialType::Word);
    QTest::newRow("docx") << u"a.docx"_s << int(MaterialType::Word);
    QTest::newRow("odt") << u"VAT.ODT"_s << int(MaterialType::Odt);
    QTest::newRow("no extension") << u"passport"_s << int(MaterialType::Unknown);
    QTest::newRow("other") << u"a.tiff"_s << int(MaterialType::Unknown);
}

void TestMaterials::R_AUTH_1_typeOfName()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QCOMPARE(int(material::typeOfName(name)), type);
}

void TestMaterials::R_AUTH_1_check_data()
{
    QTest::addColumn<bool>("enterprise"); // R-AUTH-2's types instead of R-AUTH-1's
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::addColumn<QVariantMap>("args");
    const qint64 mb = 1024 * 1024;
    const QVariantMap none;
    QTest::newRow("JPEG") << false << u"p.jpg"_s << 2 * mb << Jpeg << QString() << none;
    QTest::newRow(".jpeg") << false << u"p.jpeg"_s << 2 * mb << Jpeg << QString() << none;
    QTest::newRow("PNG") << false << u"p.PNG"_s << 2 * mb << Png << QString() << none;
    QTest::newRow("BMP") << true << u"p.bmp"_s << 2 * mb << Bmp << QString() << none;
    QTest::newRow("PDF individual") << false << u"p.pdf"_s << 2 * mb << Pdf << QString() << none;
    QTest::newRow("exactly 10 MB") << false << u"p.jpg"_s << 10 * mb << Jpeg << QString() << none;
    QTest::newRow("10 MB and a byte") << false << u"p.jpg"_s << 10 * mb + 1 << Jpeg << u"tooLarge"_s
                                      << QVariantMap{{u"maxMb"_s, 10}};
    QTest::newRow("empty size") << false << u"p.jpg"_s << qint64(0) << Jpeg << u"empty"_s << none;
    QTest::newRow("empty header") << false << u"p.jpg"_s << mb << QByteArray() << u"empty"_s
                                  << none;
    QTest::newRow("a .png that is a JPEG") << false << u"p.png"_s << mb << Jpeg << u"extension"_s
                                           << QVariantMap{{u"type"_s, u"JPG"_s}};
    QTest::newRow("a .jpg that is a PDF")
        << false << u"p.jpg"_s << mb << Pdf << u"extension"_s << QVariantMap{{u"type"_s, u"PDF"_s}};
    QTest::newRow("no extension") << false << u"passport"_s << mb << Png << u"extension"_s
                                  << QVariantMap{{u"type"_s, u"PNG"_s}};
    QTest::newRow("Word .doc") << false << u"p.doc"_s << mb << Doc << u"word"_s << none;
    QTest::newRow("Word .docx") << false << u"p.docx"_s << mb << Docx << u"word"_s << none;
    QTest::newRow("Word renamed .pdf") << false << u"p.pdf"_s << mb << Doc << u"word"_s << none;
    QTest::newRow("a PDF named .docx") << false << u"p.docx"_s << mb << Pdf << u"word"_s << none;
    QTest::newRow("GIF individual") << false << u"p.gif"_s << mb << Gif << u"type"_s
                                    << QVariantMap{{u"allowed"_s, u"JPG, BMP, PNG, PDF"_s}};
    QTest::newRow("PDF enterprise") << true << u"p.pdf"_s << mb << Pdf << u"type"_s
                                    << QVariantMap{{u"allowed"_s, u"JPG, BMP, PNG"_s}};
    QTest::newRow("unknown content")
        << false << u"p.jpg"_s << mb << QByteArray("hello") << u"type"_s
        << QVariantMap{{u"allowed"_s, u"JPG, BMP, PNG, PDF"_s}};
}

void TestMaterials::R_AUTH_1_check()
{
    QFETCH(bool, enterprise);
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(QByteArray, header);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);
    const char *rule = enterprise ? "R-AUTH-2" : "R-AUTH-1";
    const auto allowed = enterprise ? material::enterpriseTypes() : material::individualTypes();
    const Problem problem =
        material::check(rule, u"certificatePage"_s, name, size, header, allowed);
    if (reason.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->rule, QString::fromLatin1(rule));
    QCOMPARE(problem->field, u"certificatePage"_s);
    QCOMPARE(problem->reason, reason);
    QCOMPARE(problem->args, args);
}

// W-REAUTH's lists: an individual's change form is a PDF (§4.4.2 step 4), other application
// forms a PDF or an image, never Word (R-AUTH-12); the name change takes GIF as well
// (R-AUTH-13, my-account.md Decisions).
void TestMaterials::R_AUTH_12_R_AUTH_13_reauthenticationTypes_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::addColumn<QVariantMap>("args");
    const QVariantMap none;
    QTest::newRow("PDF form") << u"pdf"_s << u"form.pdf"_s << Pdf << QString() << none;
    QTest::newRow("photographed form, PDF only")
        << u"pdf"_s << u"form.jpg"_s << Jpeg << u"type"_s << QVariantMap{{u"allowed"_s, u"PDF"_s}};
    QTest::newRow("Word form, PDF only") << u"pdf"_s << u"form.docx"_s << Docx << u"word"_s << none;
    QTest::newRow("photographed form") << u"forms"_s << u"form.jpg"_s << Jpeg << QString() << none;
    QTest::newRow("Word form") << u"forms"_s << u"form.doc"_s << Doc << u"word"_s << none;
    QTest::newRow("GIF form") << u"forms"_s << u"form.gif"_s << Gif << u"type"_s
                              << QVariantMap{{u"allowed"_s, u"PDF, JPG, BMP, PNG"_s}};
    QTest::newRow("GIF statement") << u"name"_s << u"statement.gif"_s << Gif << QString() << none;
    QTest::newRow("PDF statement") << u"name"_s << u"statement.pdf"_s << Pdf << QString() << none;
    QTest::newRow("BMP certificate") << u"name"_s << u"new.bmp"_s << Bmp << QString() << none;
    QTest::newRow("Word statement")
        << u"name"_s << u"statement.docx"_s << Docx << u"word"_s << none;
    QTest::newRow("unknown statement")
        << u"name"_s << u"statement.txt"_s << QByteArray("hello") << u"type"_s
        << QVariantMap{{u"allowed"_s, u"JPG, BMP, PNG, GIF, PDF"_s}};
}

void TestMaterials::R_AUTH_12_R_AUTH_13_reauthenticationTypes()
{
    QFETCH(QString, list);
    QFETCH(QString, name);
    QFETCH(QByteArray, header);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);
    const auto allowed = list == u"pdf"     ? material::pdfTypes()
                         : list == u"forms" ? material::applicationFormTypes()
                                            : material::nameChangeTypes();
    const char *rule = list == u"name" ? "R-AUTH-13" : "R-AUTH-12";
    const Problem problem =
        material::check(rule, u"applicationForm"_s, name, 1024 * 1024, header, allowed);
    if (reason.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->rule, QString::fromLatin1(rule));
    QCOMPARE(problem->reason, reason);
    QCOMPARE(problem->args, args);
}

// R-ACC-11 (my-account.md §5.5): the qualification proof is DOC, DOCX, JPG, PNG, PDF or ODT
// by its content, at most 5 MB; Word is one of them here; a program renamed .pdf is not.
void TestMaterials::R_ACC_11_qualificationProofTypes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<qint64>("size");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("reason"); // empty: accepted
    QTest::addColumn<QVariantMap>("args");
    const qint64 mb = 1024 * 1024;
    const QVariantMap none;
    const QVariantMap allowed{{u"allowed"_s, u"Word, JPG, PNG, PDF, ODT"_s}};
    QTest::newRow("DOC") << u"vat.doc"_s << mb << Doc << QString() << none;
    QTest::newRow("DOCX") << u"vat.docx"_s << mb << Docx << QString() << none;
    QTest::newRow("ODT") << u"vat.odt"_s << mb << Odt << QString() << none;
    QTest::newRow("PDF") << u"vat.pdf"_s << mb << Pdf << QString() << none;
    QTest::newRow("JPG") << u"vat.jpg"_s << mb << Jpeg << QString() << none;
    QTest::newRow("PNG") << u"vat.png"_s << mb << Png << QString() << none;
    QTest::newRow("exactly 5 MB") << u"vat.pdf"_s << 5 * mb << Pdf << QString() << none;
    QTest::newRow("5 MB and a byte")
        << u"vat.pdf"_s << 5 * mb + 1 << Pdf << u"tooLarge"_s << QVariantMap{{u"maxMb"_s, 5}};
    QTest::newRow("a program renamed .pdf") << u"vat.pdf"_s << mb << Elf << u"type"_s << allowed;
    QTest::newRow("a Windows program renamed .pdf")
        << u"vat.pdf"_s << mb << Exe << u"type"_s << allowed;
    QTest::newRow("a spreadsheet renamed .odt")
        << u"vat.odt"_s << mb << Ods << u"type"_s << allowed;
    QTest::newRow("BMP") << u"vat.bmp"_s << mb << Bmp << u"type"_s << allowed;
    QTest::newRow("GIF") << u"vat.gif"_s << mb << Gif << u"type"_s << allowed;
    QTest::newRow("a Word file named .pdf")
        << u"vat.pdf"_s << mb << Doc << u"extension"_s << QVariantMap{{u"type"_s, u"Word"_s}};
    QTest::newRow("an ODT named .docx")
        << u"vat.docx"_s << mb << Odt << u"extension"_s << QVariantMap{{u"type"_s, u"ODT"_s}};
}

void TestMaterials::R_ACC_11_qualificationProofTypes()
{
    QFETCH(QString, name);
    QFETCH(qint64, size);
    QFETCH(QByteArray, header);
    QFETCH(QString, reason);
    QFETCH(QVariantMap, args);
    const Problem problem =
        material::check("R-ACC-11", u"qualificationProof"_s, name, size, header,
                        material::qualificationProofTypes(), material::MaxQualificationProofBytes);
    if (reason.isEmpty()) {
        QVERIFY2(!problem, qPrintable(problem ? problem->toString() : QString()));
        return;
    }
    QVERIFY(problem);
    QCOMPARE(problem->rule, u"R-ACC-11"_s);
    QCOMPARE(problem->field, u"qualificationProof"_s);
    QCOMPARE(problem->reason, reason);
    QCOMPARE(problem->args, args);
}

QTEST_GUILESS_MAIN(TestMaterials)
#include "test_materials.moc"
