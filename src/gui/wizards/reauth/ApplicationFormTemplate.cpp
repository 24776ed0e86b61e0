#include "ApplicationFormTemplate.h"

#include "ReauthFlow.h"
#include "gui/widgets/TemplateDownload.h"

#include <QBoxLayout>
#include <QDataStream>
#include <QIODevice>
#include <QList>
#include <QPair>
#include <QPushButton>

namespace oc::gui {

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= quint8(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// A zip archive of stored (uncompressed) entries: all a .docx needs, without zlib.
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>> &entries)
{
    QByteArray zip;
    QByteArray directory;
    QDataStream out(&zip, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    QDataStream dir(&directory, QIODevice::WriteOnly);
    dir.setByteOrder(QDataStream::LittleEndian);
    for (const auto &[name, data] : entries) {
        const auto offset = quint32(zip.size());
        const quint32 crc = crc32(data);
        const auto size = quint32(data.size());
        // Version 2.0, no flags, stored, no time (the DOS epoch), the sizes, the name.
        out << quint32(0x04034b50u) << quint16(20) << quint16(0) << quint16(0) << quint16(0)
            << quint16(0x21) << crc << size << size << quint16(name.size()) << quint16(0);
        out.writeRawData(name.constData(), int(name.size()));
        out.writeRawData(data.constData(), int(data.size()));
        dir << quint32(0x02014b50u) << quint16(20) << quint16(20) << quint16(0) << quint16(0)
            << quint16(0) << quint16(0x21) << crc << size << size << quint16(name.size())
            << quint16(0) << quint16(0) << quint16(0) << quint16(0) << quint32(0) << offset;
        dir.writeRawData(name.constData(), int(name.size()));
    }
    const auto directoryOffset = quint32(zip.size());
    out.writeRawData(directory.constData(), int(directory.size()));
    out << quint32(0x06054b50u) << quint16(0) << quint16(0) << quint16(entries.size())
        << quint16(entries.size()) << quint32(directory.size()) << directoryOffset << quint16(0);
    return zip;
}

QString paragraph(const QString &text, bool bold = false)
{
    const QString properties =
        bold ? QStringLiteral("<w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr>") : QString();
    return QStringLiteral("<w:p><w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r></w:p>")
        .arg(properties, text.toHtmlEscaped());
}

} // namespace

QString ApplicationFormTemplate::fileName(ReviewKind kind, const QString &accountId)
{
    const QString base = kind == ReviewKind::EnterpriseName
                             ? QStringLiteral("statement-of-commitment")
                             : QStringLiteral("change-application-form");
    return base + QLatin1Char('-') + accountId + QStringLiteral(".docx");
}

QByteArray ApplicationFormTemplate::docx(ReviewKind kind, const QString &accountId,
                                         const QString &accountName)
{
    const QString blank = QStringLiteral(" ______________________________");
    QString title;
    QString purpose;
    QStringList fields;
    QString closing;
    switch (kind) {
    case ReviewKind::IndividualOwner:
        title = tr("Application for Changing the Owner of an Individual Account");
        purpose = tr("We apply to transfer the Huawei Cloud account below from its current "
                     "owner to the new owner. Until the approval the current owner stays "
                     "valid; on approval, resources and amounts owed pass to the new owner.");
        fields = {tr("Current owner, full name:"),    tr("Certificate type and number:"),
                  tr("Signature and date:"),          tr("New owner, full name:"),
                  tr("Certificate type and number:"), tr("Signature and date:")};
        closing = tr("Both owners sign this form. Then scan or convert it to PDF: a Word "
                     "file cannot be uploaded.");
        break;
    case ReviewKind::IndividualToEnterprise:
        title = tr("Application for Changing an Individual Account to an Enterprise Account");
        purpose = tr("We apply to transfer the Huawei Cloud account below from the individual "
                     "who owns it to the enterprise named here.");
        fields = {tr("Original owner, full name:"), tr("Passport number:"),
                  tr("Signature and date:"),        tr("Enterprise name:"),
                  tr("Registration number:"),       tr("Registered address:"),
                  tr("Enterprise seal and date:")};
        closing = tr("Both parties sign this form. Then attach a PDF scan or a photo of it to "
                     "the service ticket: a Word file cannot be uploaded.");
        break;
    case ReviewKind::EnterpriseEntity:
        title = tr("Application for Changing the Enterprise Entity");
        purpose = tr("We apply to transfer the Huawei Cloud account below from the original "
                     "enterprise to the new enterprise. Until the approval the original "
                     "entity stays valid; on approval, resources and funds move to the new "
                     "entity.");
        fields = {
            tr("Original enterprise name:"), tr("Registration number:"), tr("Seal and date:"),
            tr("New enterprise name:"),      tr("Registration number:"), tr("Seal and date:")};
        closing = tr("Both enterprises stamp this form. Then upload a PDF scan or one photo "
                     "of it: a Word file cannot be uploaded.");
        break;
    case ReviewKind::EnterpriseName:
    case ReviewKind::Authentication:
        title = tr("Statement of Commitment for Changing the Enterprise Name");
        purpose = tr("We declare that our enterprise changed its name and that the "
                     "registration number stays the same. The account's resources, funds and "
                     "obligations stay with the enterprise under its new name.");
        fields = {tr("Former enterprise name:"), tr("New enterprise name:"),
                  tr("Registration number:"), tr("Seal of the new name or signature, date:")};
        closing = tr("Seal it with the new name's seal (Chinese mainland) or sign it "
                     "(elsewhere). Then upload it as JPG, JPEG, BMP, PNG, GIF or PDF: a Word "
                     "file cannot be uploaded.");
        break;
    }

    QString body = paragraph(title, true) + paragraph(purpose) +
                   paragraph(tr("Account ID: %1").arg(accountId)) +
                   paragraph(tr("Account name: %1").arg(accountName));
    for (const QString &field : std::as_const(fields))
        body += paragraph(field + blank);
    body += paragraph(closing);

    const QByteArray contentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    const QByteArray relationships =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
        "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    const QByteArray document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>" +
        body.toUtf8() + "</w:body></w:document>";
    // "[Content_Types].xml" first, as Word writes it (and as core/Materials recognizes it).
    return storedZip({{"[Content_Types].xml", contentTypes},
                      {"_rels/.rels", relationships},
                      {"word/document.xml", document}});
}

TemplateDownload *ApplicationFormTemplate::download(AppContext *context, const ReauthFlow *flow,
                                                    QBoxLayout *slot, QWidget *after)
{
    auto *download = new TemplateDownload(
        context,
        [flow] {
            const QString accountId = flow->accountId();
            const auto &account = flow->account();
            return TemplateDownload::File{
                fileName(flow->kind(), accountId),
                docx(flow->kind(), accountId,
                     account ? account->account.displayName() : QString())};
        },
        nullptr); // the slot's widget takes it
    slot->addWidget(download);
    QWidget::setTabOrder(after, download->button());
    return download;
}

} // namespace oc::gui
