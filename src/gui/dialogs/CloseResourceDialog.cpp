#include "CloseResourceDialog.h"

#include "Submit.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace oc::gui {

CloseResourceDialog::CloseResourceDialog(AppContext *context, const QString &instanceId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_instanceId(instanceId)
{
    setObjectName(QStringLiteral("closeResourceDialog"));
    setWindowTitle(tr("Close resource"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("closeResourceText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text);
    m_workspaces = new QListWidget(this);
    m_workspaces->setObjectName(QStringLiteral("workspacesToLock"));
    m_workspaces->setAccessibleName(tr("Workspaces that will be locked"));
    layout->addWidget(m_workspaces);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("closeResourceError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close resource"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setDefault(true); // a destructive action is never the default
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloseResourceDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(fontMetrics().averageCharWidth() * 72, fontMetrics().height() * 20);
    loadPreview();
}

void CloseResourceDialog::loadPreview()
{
    m_text->setText(tr("Checking which workspaces depend on instance %1…").arg(m_instanceId));
    m_error->hide();
    DialogRetry::withdraw(m_buttons);
    onFinished(m_context->backend()->closeResourcePreview(m_instanceId), this,
               [this](const Result<QList<Workspace>> &r) {
                   if (!r.ok()) {
                       m_error->setText(ErrorText::messageWithRule(r.error(), m_context->brand()));
                       m_error->show();
                       if (isTransient(r.error()))
                           DialogRetry::offer(m_buttons, [this] { loadPreview(); });
                       return;
                   }
                   m_error->hide();
                   const QList<Workspace> &workspaces = *r;
                   m_text->setText(workspaces.isEmpty()
                                       ? tr("Close the %1 SaaS Edition subscription %2 on "
                                            "KooGallery? No workspace settles "
                                            "through this Huawei Cloud account.")
                                             .arg(m_context->brand(), m_instanceId)
                                       : tr("Close the %1 SaaS Edition subscription %2 on "
                                            "KooGallery? These %n workspace(s) "
                                            "lose their Huawei Cloud account link and are locked. "
                                            "Unlocking one later settles it "
                                            "through its fee-center account; locked workspaces "
                                            "keep their data for 14 days.",
                                            nullptr, int(workspaces.size()))
                                             .arg(m_context->brand(), m_instanceId));
                   for (const Workspace &w : workspaces)
                       m_workspaces->addItem(
                           QStringLiteral("%1 — %2").arg(w.name, DomainText::siteName(w.site)));
                   m_workspaces->setVisible(!workspaces.isEmpty());
                   m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
               });
}

void CloseResourceDialog::accept()
{
    submit(
        this, m_buttons, m_context->backend()->closeResource(m_instanceId),
        [this](const CloseResourceResult &result) { m_result = result; },
        [this](const Error &error) {
            m_error->setText(ErrorText::messageWithRule(error, m_context->brand()));
            m_error->show();
        });
}

} // namespace oc::gui
