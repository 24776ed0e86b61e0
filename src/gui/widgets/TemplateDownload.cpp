#include "TemplateDownload.h"

#include "gui/AppContext.h"
#include "gui/Dialogs.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QThreadPool>
#include <QVBoxLayout>

namespace oc::gui {

TemplateDownload::TemplateDownload(AppContext *context, Make make, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_make(std::move(make))
    , m_button(new QPushButton(this))
    , m_status(new QLabel(this))
{
    m_button->setObjectName(QStringLiteral("downloadTemplateButton"));
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_button, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addStretch(1);
    connect(m_button, &QPushButton::clicked, this, &TemplateDownload::download);
    retranslate();
}

void TemplateDownload::download()
{
    const File file = m_make();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QPointer<TemplateDownload> self(this);
    m_context->dialogs()->saveFileName(
        window(), tr("Save the template"), QDir(folder).filePath(file.name),
        tr("Word documents (*.docx)"), [self, content = file.content](const QString &path) {
            if (!self || path.isEmpty())
                return;
            // Written off the GUI thread (a slow or network disk).
            QThreadPool::globalInstance()->start([self, path, content] {
                QFile out(path);
                QString error;
                if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size())
                    error = out.errorString();
                else if (!out.flush())
                    error = out.errorString();
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, path, error] {
                        if (!self)
                            return;
                        self->m_savedTo = error.isEmpty() ? path : QString();
                        self->m_error =
                            error.isEmpty() ? QString() : path + QStringLiteral(": ") + error;
                        self->retranslate();
                    },
                    Qt::QueuedConnection);
            });
        });
}

void TemplateDownload::retranslate()
{
    m_button->setText(tr("Download &template…"));
    m_button->setAccessibleName(tr("Download the template"));
    QString text;
    if (!m_savedTo.isEmpty())
        text = tr("Saved as %1.").arg(QFileInfo(m_savedTo).fileName());
    else if (!m_error.isEmpty())
        text = tr("The template could not be saved: %1").arg(m_error);
    m_status->setText(text);
    // Where it went, in full, for the eye and for assistive technology.
    m_status->setToolTip(QDir::toNativeSeparators(m_savedTo));
    m_status->setAccessibleDescription(m_status->toolTip());
    m_status->setVisible(!text.isEmpty());
}

void TemplateDownload::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace oc::gui
