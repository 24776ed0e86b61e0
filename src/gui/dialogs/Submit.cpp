#include "Submit.h"

#include <QPushButton>

namespace oc::gui {

void DialogRetry::offer(QDialogButtonBox *buttons, std::function<void()> retry)
{
    auto *button = buttons->findChild<QPushButton *>(QStringLiteral("retryButton"));
    if (!button) {
        button = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
        button->setObjectName(QStringLiteral("retryButton"));
        button->setAccessibleName(tr("Retry"));
    }
    // One action at a time: the previous one goes with its context object.
    delete button->findChild<QObject *>(QStringLiteral("retryAction"), Qt::FindDirectChildrenOnly);
    auto *action = new QObject(button);
    action->setObjectName(QStringLiteral("retryAction"));
    QObject::connect(button, &QPushButton::clicked, action,
                     [retry = std::move(retry)] { retry(); });
    button->show();
}

void DialogRetry::withdraw(QDialogButtonBox *buttons)
{
    if (auto *button = buttons->findChild<QPushButton *>(QStringLiteral("retryButton")))
        button->hide();
}

} // namespace oc::gui
