#include "HelpDialog.h"

#include "HelpIllustration.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace oc::gui {

HelpDialog::HelpDialog(HelpTopic topic, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(title(topic));
    auto *layout = new QVBoxLayout(this);
    auto *illustration = new HelpIllustration(topic, this);
    illustration->setObjectName(QStringLiteral("helpIllustration"));
    layout->addWidget(illustration, 1);
    QString text;
    const QStringList list = steps(topic);
    for (int i = 0; i < list.size(); ++i)
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(list.at(i));
    auto *stepsLabel = new QLabel(text.trimmed(), this);
    stepsLabel->setObjectName(QStringLiteral("helpSteps"));
    stepsLabel->setWordWrap(true);
    stepsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    stepsLabel->setFocusPolicy(Qt::StrongFocus);
    stepsLabel->setAccessibleName(tr("Steps"));
    layout->addWidget(stepsLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setAttribute(Qt::WA_DeleteOnClose);
}

QString HelpDialog::title(HelpTopic topic)
{
    switch (topic) {
    case HelpTopic::AccountId:
        return tr("Where do I find the account ID?");
    case HelpTopic::InstanceId:
        return tr("Where do I find the instance ID?");
    case HelpTopic::OrderId:
        return tr("Where do I find the order number?");
    }
    return {};
}

QStringList HelpDialog::steps(HelpTopic topic)
{
    switch (topic) {
    case HelpTopic::AccountId:
        return {tr("Log in to the Huawei Cloud console with the account."),
                tr("Click the account avatar in the top-right corner and choose My Credentials."),
                tr("On the API Credentials page, copy the Account ID (32 characters)."),
                tr("In this console: Huawei accounts > select the account > Basic information.")};
    case HelpTopic::InstanceId:
        return {tr("In KooGallery, go to My Marketplace > Purchased Services."),
                tr("Open the product's details; the instance ID is under Application Information."),
                tr("In this console: Marketplace > Purchased services, column Instance ID.")};
    case HelpTopic::OrderId:
        return {tr("In KooGallery, open My Orders after paying for the stored-value cards."),
                tr("Copy the order number (CS, 10 digits and 5 letters or digits)."),
                tr("In this console: Marketplace > My orders, column Order number.")};
    }
    return {};
}

} // namespace oc::gui
