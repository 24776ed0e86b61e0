#include "CloseReviewPage.h"

#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/FormRows.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_CloseReviewPage.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

CloseReviewPage::CloseReviewPage(AppContext *context, CloseFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::CloseReviewPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    using F = CloseFlow;
    auto *reasons = new QButtonGroup(this);
    reasons->addButton(m_ui->noLongerNeededRadio, 0);
    reasons->addButton(m_ui->mistakenlyEnabledRadio, 1);
    reasons->addButton(m_ui->otherRadio, 2);
    FieldBinder *b = binder();
    b->bind(F::TermsKey, m_ui->termsCheck);
    b->bind(F::ReasonKey, reasons,
            {oc::toString(ClosingReason::NoLongerNeeded),
             oc::toString(ClosingReason::MistakenlyEnabled), oc::toString(ClosingReason::Other)});
    b->bindError(F::AccountIdKey, m_ui->accountIdError, m_ui->termsCheck);
    b->bindError(F::TermsKey, m_ui->termsAcceptedError, m_ui->termsCheck);
    b->bindError(F::ReasonKey, m_ui->reasonError, m_ui->noLongerNeededRadio);
    for (QLatin1StringView key : {F::AccountIdKey, F::TermsKey, F::ReasonKey})
        flow->setFieldPage(key, F::ReviewPage);
    // The checkbox's words wrap in a label beside it (a check box's own text does not); its
    // mnemonic reaches the box.
    m_ui->termsText->setBuddy(m_ui->termsCheck);
    // The full Terms (§5.11.1) behind a button, as the seed has them behind a link.
    connect(m_ui->termsButton, &QPushButton::clicked, this, [this] {
        this->context()->dialogs()->inform(
            this, tr("Terms and Conditions on Disabling of Huawei Cloud Services"),
            tr("1. Huawei Cloud services cannot be disabled while any of the following holds, "
               "unless Huawei agreed otherwise: overdue payments, over-issued invoices, pending "
               "payments or a remaining balance; contracts still to be performed, active "
               "orders, resources in use or reserved instances; applications in progress; an "
               "association with a Huawei Cloud partner, or with an enterprise master or "
               "member account; unpaid taxes or unfulfilled legal obligations; breaches of "
               "laws, regulations or agreements with Huawei.\n\n"
               "2. Only the account holder can apply. Huawei checks the application "
               "automatically and notifies the result by email or SMS. If it passed, the "
               "services are closed once you confirm, and this cannot be stopped; earlier "
               "liabilities are not waived. If it failed, the process ends and a new "
               "application may be submitted. During the retention period Huawei may end the "
               "process because of third-party complaints, government investigations, "
               "litigation or arbitration, or failed later checks. Your HUAWEI ID is not "
               "affected.\n\n"
               "3. The retention period (90 days) starts when the services are closed. Meanwhile "
               "the services cannot be used, but you can log in to view historical bills, settle "
               "unpaid bills, restore the services, or disable them at once when nothing is "
               "owed.\n\n"
               "4. When retention ends or the services are disabled: all contracts end, you can "
               "no longer log in, data cannot be retrieved, the balance must have been "
               "withdrawn, and the services cannot be recovered. Earlier liabilities remain.\n\n"
               "5. These terms are part of the Customer Agreement; if language versions "
               "conflict, the Chinese version prevails."));
    });
    connect(flow, &CloseFlow::accountLoaded, this, &CloseReviewPage::showAccount);
    connect(flow, &WizardState::errorChanged, this, [this] { emit completeChanged(); });
    QWidget::setTabOrder(m_ui->termsButton, m_ui->termsCheck);
    QWidget::setTabOrder(m_ui->termsCheck, m_ui->noLongerNeededRadio);
    addStatusArea(m_ui->contentLayout);
}

CloseReviewPage::~CloseReviewPage() = default;

void CloseReviewPage::initializePage()
{
    WizardPage::initializePage();
    if (m_flow->account())
        return showAccount();
    await(m_flow->loadAccount(), tr("Loading the account…"), [this](const Status &status) {
        if (!status.ok())
            showError(status.error(), [this] { initializePage(); });
        emit completeChanged();
    });
}

void CloseReviewPage::showAccount()
{
    const auto &detail = m_flow->account();
    m_ui->accountValue->setText(
        detail ? tr("%1 (%2)").arg(detail->account.displayName(), detail->account.accountId)
               : QString());
    binder()->load();
    emit completeChanged();
}

void CloseReviewPage::retranslatePage()
{
    setTitle(tr("Close Huawei Cloud Services"));
    setSubTitle(tr("Step 1 of 3: Review & Feedback"));
    m_ui->introLabel->setText(
        tr("Closing deletes the data kept in Huawei Cloud for good. The services must be closed "
           "before they can be disabled; the HUAWEI ID itself remains."));
    m_ui->notesLabel->setText(
        u"<ol><li>"_s +
        tr("The request comes from the tenant name holder, or from an agent authorized by the "
           "holder, who informs the holder, passes on every document and makes sure the holder "
           "agrees.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("You affirm that the request is not meant to evade disputes, litigation, "
           "supervision or the law.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("You give up the right to retrieve the data of your services.").toHtmlEscaped() +
        u"</li><li>"_s +
        tr("The data will be deleted for good: migrate and back it up first.").toHtmlEscaped() +
        u"</li><li>"_s +
        tr("Once every outstanding payment is cleared, you can log in to My Account 24 hours "
           "after closing and disable the services.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("Closed but not disabled, you can still log in during the 90-day retention period, "
           "to see historical transactions only. After 90 days you can no longer log in.")
            .toHtmlEscaped() +
        u"</li></ol>"_s);
    m_ui->warningLabel->setText(
        tr("Warning: the data will be deleted for good. To keep some services and end only some "
           "products or resources, do not go on: unsubscribe from those instead."));
    m_ui->termsText->setText(
        tr("&I have read and agree to the Terms and Conditions on Disabling of Huawei Cloud "
           "Services and understand that my Huawei Cloud services will be closed and my data "
           "saved in Huawei Cloud will be deleted and cannot be recovered."));
    m_ui->termsCheck->setAccessibleName(
        tr("I have read and agree to the Terms and Conditions on Disabling of Huawei Cloud "
           "Services"));
    m_ui->termsCheck->setAccessibleDescription(captionOf(m_ui->termsText));
    showAccount();
}

} // namespace oc::gui
