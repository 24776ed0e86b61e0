#include "MaterialField.h"

#include "core/Materials.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>

namespace oc::gui {

MaterialField::MaterialField(AppContext *context, const QString &slot, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_slot(slot)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(slot + QStringLiteral("Thumbnail"));
    m_thumbnail->setFixedSize(ThumbnailSize + 4, ThumbnailSize + 4);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    auto *right = new QVBoxLayout;
    m_choose = new QPushButton(this);
    m_choose->setObjectName(slot + QStringLiteral("Button"));
    m_name = new QLabel(this);
    m_name->setObjectName(slot + QStringLiteral("FileName"));
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    right->addWidget(m_choose, 0, Qt::AlignLeft);
    right->addWidget(m_name);
    right->addStretch(1);
    layout->addWidget(m_thumbnail);
    layout->addLayout(right, 1);
    connect(m_choose, &QPushButton::clicked, this, &MaterialField::choose);
    retranslate();
}

void MaterialField::setCaption(const QString &caption)
{
    m_caption = caption;
    retranslate();
}

void MaterialField::choose()
{
    const QString filter = tr("Materials (*.jpg *.jpeg *.bmp *.png *.gif *.pdf);;All files (*)");
    const QPointer<MaterialField> self(this);
    m_context->dialogs()->openFileName(window(), m_caption, filter, [self](const QString &path) {
        if (self && !path.isEmpty())
            self->read(path);
    });
}

MaterialUpload MaterialField::readFile(const QString &path, const QString &slot, QString *error)
{
    MaterialUpload upload;
    upload.slot = slot;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return upload;
    }
    upload.fileName = QFileInfo(path).fileName();
    upload.size = file.size();
    const QByteArray header = file.peek(material::HeaderBytes);
    upload.header = QString::fromLatin1(header.toBase64());
    if (upload.size > material::MaxBytes)
        return upload; // judged too large; not worth reading
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    upload.sha256 = QString::fromLatin1(hash.result().toHex());
    const MaterialType type = material::detectType(header);
    if (type == MaterialType::Pdf || type == MaterialType::Word || type == MaterialType::Unknown)
        return upload;
    file.seek(0);
    QImageReader reader(&file);
    const QSize size = reader.size();
    if (size.isValid())
        reader.setScaledSize(
            size.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio).boundedTo(size));
    QImage image = reader.read();
    if (image.isNull())
        return upload;
    if (image.width() > ThumbnailSize || image.height() > ThumbnailSize)
        image = image.scaled(ThumbnailSize, ThumbnailSize, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_RGB888);
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    upload.thumbnail = QString::fromLatin1(png.data().toBase64());
    return upload;
}

void MaterialField::read(const QString &path)
{
    // Read off the GUI thread (a 10 MB file on a slow disk); a later choice wins.
    const int generation = ++m_generation;
    m_reading = true;
    m_name->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    const QPointer<MaterialField> self(this);
    const QString slot = m_slot;
    QThreadPool::globalInstance()->start([self, path, slot, generation] {
        QString error;
        const MaterialUpload upload = readFile(path, slot, &error);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, upload, error, generation, path] {
                if (!self || generation != self->m_generation)
                    return;
                self->m_reading = false;
                if (upload.fileName.isEmpty()) {
                    self->display(self->m_shown);
                    emit self->unreadable(QFileInfo(path).fileName(), error);
                    return;
                }
                self->display(upload);
                emit self->chosen(upload);
            },
            Qt::QueuedConnection);
    });
}

void MaterialField::display(const std::optional<MaterialUpload> &upload)
{
    m_shown = upload;
    retranslate();
}

void MaterialField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MaterialField::retranslate()
{
    m_choose->setText(m_shown ? tr("Choose another file…") : tr("Choose file…"));
    m_choose->setAccessibleName(m_caption.isEmpty() ? m_choose->text()
                                                    : tr("Choose: %1").arg(m_caption));
    if (m_reading)
        return;
    if (!m_shown) {
        m_thumbnail->setPixmap(QPixmap());
        m_thumbnail->setText(tr("No file"));
        m_name->setText(tr("No file chosen"));
    } else {
        const QByteArray png = QByteArray::fromBase64(m_shown->thumbnail.toLatin1());
        QPixmap pixmap;
        if (!png.isEmpty() && pixmap.loadFromData(png, "PNG")) {
            m_thumbnail->setPixmap(pixmap);
        } else {
            m_thumbnail->setPixmap(QPixmap());
            const QString type = material::typeName(
                material::detectType(QByteArray::fromBase64(m_shown->header.toLatin1())));
            m_thumbnail->setText(type.isEmpty() ? tr("No preview") : type);
        }
        m_name->setText(
            tr("%1 (%2)").arg(m_shown->fileName, QLocale().formattedDataSize(m_shown->size)));
    }
    m_thumbnail->setAccessibleName(tr("Preview"));
    QString description =
        m_shown ? tr("Preview of %1").arg(m_shown->fileName) : tr("No file chosen");
    // What the preview says instead of a picture (a PDF's type, "No file") is said too.
    if (m_thumbnail->pixmap().isNull() && !m_thumbnail->text().isEmpty() &&
        !description.contains(m_thumbnail->text()))
        description = tr("%1: %2").arg(m_thumbnail->text(), description);
    m_thumbnail->setAccessibleDescription(description);
}

} // namespace oc::gui
