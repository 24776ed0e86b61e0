#include "MyPartnerPanel.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/PartnerText.h"
#include "gui/dialogs/PartnerBudgetDialog.h"
#include "gui/dialogs/PartnerDisassociateDialog.h"
#include "gui/dialogs/PartnerInvitationDialog.h"
#include "gui/dialogs/PartnerLogDialog.h"
#include "gui/dialogs/PartnerProcessDialog.h"
#include "gui/dialogs/PartnerRequestDialog.h"
#include "gui/wizards/partner/PartnerAssocWizard.h"
#include "ui_MyPartnerPanel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QMetaMethod>
#include <QPointer>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

MyPartnerPanel::MyPartnerPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MyPartnerPanel>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(u"myPartnerPanel"_s);
    // The customer's dialogs and the operator's, each reporting what it changed.
    const auto open = [this](auto make) {
        if (!m_detail)
            return;
        auto *dialog = make(*m_detail);
        watch(dialog, [dialog] { return dialog->successMessage(); });
    };
    connect(m_ui->processButton, &QPushButton::clicked, this, [this, open] {
        open([this](const HuaweiAccountDetail &d) {
            return new PartnerProcessDialog(m_context, d, this);
        });
    });
    connect(m_ui->disassociateButton, &QPushButton::clicked, this, [this, open] {
        open([this](const HuaweiAccountDetail &d) {
            return new PartnerDisassociateDialog(m_context, d, this);
        });
    });
    connect(m_ui->setBudgetButton, &QPushButton::clicked, this, [this, open] {
        open([this](const HuaweiAccountDetail &d) {
            return new PartnerBudgetDialog(m_context, d, this);
        });
    });
    connect(m_ui->requestDisassociationButton, &QPushButton::clicked, this, [this, open] {
        open([this](const HuaweiAccountDetail &d) {
            return new PartnerRequestDialog(m_context, d, this);
        });
    });
    connect(m_ui->protocolButton, &QPushButton::clicked, this, [this] {
        m_context->dialogs()->inform(
            this, tr("Notice to Customers Who Associate with a Partner of HUAWEI CLOUD"),
            PartnerText::instructions());
    });
    connect(m_ui->operationLogButton, &QPushButton::clicked, this, [this] {
        if (!m_detail)
            return;
        auto *dialog = new PartnerLogDialog(m_context, *m_detail, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_ui->createInvitationButton, &QPushButton::clicked, this,
            &MyPartnerPanel::openInvitation);
    connect(m_ui->agreeButton, &QPushButton::clicked, this,
            [this] { answerCustomerRequest(true); });
    connect(m_ui->refuseButton, &QPushButton::clicked, this,
            [this] { answerCustomerRequest(false); });
    m_ui->operatorError->hide();
    retranslate();
    render();
}

MyPartnerPanel::~MyPartnerPanel() = default;

void MyPartnerPanel::setDetail(const HuaweiAccountDetail &detail)
{
    m_detail = detail;
    m_ui->operatorError->hide();
    render();
}

void MyPartnerPanel::watch(QDialog *dialog, std::function<QString()> successMessage)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString accountId = m_detail ? m_detail->account.accountId : QString();
    // A dialog may have changed the account even when it was closed otherwise than by its last
    // button (D-PARTNER-DISASSOC's last step): its success sentence tells.
    connect(dialog, &QDialog::finished, this, [this, accountId, successMessage] {
        const QString message = successMessage ? successMessage() : QString();
        if (!message.isEmpty())
            emit changed(accountId, message);
    });
    dialog->open();
}

void MyPartnerPanel::openInvitation()
{
    auto *dialog = new PartnerInvitationDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartnerInvitationDialog::associateRequested, this,
            &MyPartnerPanel::openWizard);
    dialog->open();
}

void MyPartnerPanel::openWizard(const QString &link)
{
    if (isSignalConnected(QMetaMethod::fromSignal(&MyPartnerPanel::partnerWizardRequested))) {
        emit partnerWizardRequested(link);
        return;
    }
    auto *wizard = new PartnerAssocWizard(m_context, link, window());
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (!wizard->accountId().isEmpty())
            emit changed(wizard->accountId(), wizard->successMessage());
    });
    wizard->start();
}

void MyPartnerPanel::answerCustomerRequest(bool agree)
{
    if (!m_detail || !m_detail->partner || m_answering)
        return;
    const QString accountId = m_detail->account.accountId;
    const QString partner = m_detail->partner->partnerName;
    const QString question =
        agree ? tr("Acting as the partner %1, agree to the customer's request? The association "
                   "ends.")
                    .arg(partner)
              : tr("Acting as the partner %1, refuse the customer's request? The association "
                   "goes on.")
                    .arg(partner);
    const QPointer<MyPartnerPanel> self(this);
    m_context->dialogs()->confirm(
        this, tr("Customer's Disassociation Request"), question,
        agree ? tr("A&gree") : tr("Re&fuse"), [self, accountId, partner, agree](bool accepted) {
            if (!self || !accepted)
                return;
            ProcessDisassociationRequest request;
            request.accountId = accountId;
            request.answeredBy = DisassociationInitiator::Partner;
            request.agree = agree;
            self->m_answering = true;
            self->render();
            onFinished(self->m_context->backend()->processPartnerDisassociation(request),
                       self.data(), [self, accountId, partner, agree](const Status &status) {
                           self->m_answering = false;
                           self->render();
                           if (!status.ok()) {
                               self->m_ui->operatorError->setText(
                                   ErrorText::message(status.error(), self->m_context->brand()));
                               self->m_ui->operatorError->show();
                               return;
                           }
                           emit self->changed(
                               accountId,
                               agree ? tr("The partner %1 agreed: the account is no longer "
                                          "associated with it.")
                                           .arg(partner)
                                     : tr("The partner %1 refused the request to disassociate: "
                                          "the association goes on.")
                                           .arg(partner));
                       });
        });
}

void MyPartnerPanel::render()
{
    const std::optional<PartnerInfo> partner =
        m_detail ? m_detail->partner : std::optional<PartnerInfo>();
    const bool has = partner.has_value();
    const auto zone = m_context->displayZone();
    m_ui->noPartnerLabel->setVisible(!has);
    for (QWidget *w :
         {static_cast<QWidget *>(m_ui->partnerGroup), static_cast<QWidget *>(m_ui->contactsGroup),
          static_cast<QWidget *>(m_ui->moreGroup)})
        w->setVisible(has);
    const std::optional<PartnerDisassociation> pending =
        has ? partner->pending : std::optional<PartnerDisassociation>();
    const bool partnerAsks = pending && pending->initiator == DisassociationInitiator::Partner;
    const bool customerAsked = pending && pending->initiator == DisassociationInitiator::Customer;

    // R-PTN-1: frozen until the partner sets a monthly budget.
    const bool frozen = has && partner->status == PartnerStatus::Frozen;
    m_ui->frozenBanner->setVisible(frozen);
    if (frozen)
        m_ui->frozenBanner->setText(
            PartnerText::frozenText(partner->partnerName) + u' ' +
            (partner->monthlyBudget
                 ? tr("Monthly budget: %1.").arg(DomainText::money(*partner->monthlyBudget))
                 : tr("No monthly budget is set yet.")));
    // R-PTN-7: the partner's request waits for the customer; the customer's for the partner.
    m_ui->processBanner->setVisible(partnerAsks);
    if (partnerAsks)
        m_ui->processText->setText(
            tr("Your partner %1 requests to disassociate from your account (Reason: %2). Please "
               "process the request immediately.")
                .arg(partner->partnerName, pending->reason));
    m_ui->pendingBanner->setVisible(customerAsked);
    if (customerAsked)
        m_ui->pendingBanner->setText(
            tr("Your request to disassociate from %1 (submitted %2) waits for the partner. You "
               "will be notified of the result.")
                .arg(partner->partnerName, DomainText::time(pending->requestedAt, zone)));

    if (has) {
        const PartnerInfo &p = *partner;
        const PartnerProfile &profile = p.profile;
        m_ui->enterpriseNameValue->setText(
            profile.enterpriseName.isEmpty() ? p.partnerName : profile.enterpriseName);
        m_ui->statusValue->setText(PartnerText::statusText(p.status));
        m_ui->modelValue->setText(PartnerText::modelText(p.model));
        m_ui->informationValue->setText(profile.information.isEmpty() ? tr("No data available.")
                                                                      : profile.information);
        m_ui->websiteValue->setText(profile.website.isEmpty() ? tr("No data available.")
                                                              : profile.website);
        m_ui->associatedValue->setText(DomainText::time(p.since, zone));
        m_ui->budgetValue->setText(p.model != PartnerModel::Reseller
                                       ? tr("Not applicable (referral model)")
                                   : p.monthlyBudget ? DomainText::money(*p.monthlyBudget)
                                                     : tr("Not set"));
        // CTS is one of the operator's simulated conditions (D-CONDITIONS).
        const bool cts = m_detail->ctsEnabled;
        m_ui->authorizationValue->setText(
            !p.authorized ? tr("Not authorized. The Letter of Authorization can be given later.")
            : cts ? tr("Authorized. CTS is enabled: the partner's operations on your behalf are "
                       "traced.")
                  : tr("Authorized. Enable CTS to trace the partner's operations on your behalf "
                       "(the operator's simulated condition \"CTS enabled\")."));
        m_ui->protocolValue->setText(
            tr("Notice to Customers Who Associate with a Partner of HUAWEI CLOUD"));
    }
    renderContacts();

    // More Operations: one request at a time (R-PTN-7), one every 3 months (R-PTN-2).
    m_ui->disassociateButton->setEnabled(has && !pending);
    const QDateTime next = has ? partner->nextCustomerRequestFrom : QDateTime();
    m_ui->disassociateNote->setText(
        !has ? QString()
        : pending
            ? tr("A disassociation request is pending: Disassociate is possible again once it is "
                 "answered.")
        : next.isValid() && next > m_context->now()
            ? tr("One disassociation request every 3 months: the next is possible from %1.")
                  .arg(DomainText::time(next, zone))
            : tr("One disassociation request every 3 months."));
    m_ui->disassociateButton->setAccessibleDescription(m_ui->disassociateNote->text());
    m_ui->operationLogButton->setEnabled(has);

    // The operator acting as the partner (simulation).
    m_ui->operatorGroup->setVisible(m_detail.has_value());
    m_ui->setBudgetButton->setEnabled(has && partner->model == PartnerModel::Reseller &&
                                      !m_answering);
    m_ui->requestDisassociationButton->setEnabled(has && !pending && !m_answering);
    m_ui->agreeButton->setEnabled(customerAsked && !m_answering);
    m_ui->refuseButton->setEnabled(customerAsked && !m_answering);
    nameAllFormFields(this);
}

void MyPartnerPanel::renderContacts()
{
    // The cards of the previous account go.
    while (QLayoutItem *item = m_ui->contactsGrid->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    const QList<PartnerContact> contacts = m_detail && m_detail->partner
                                               ? m_detail->partner->profile.contacts
                                               : QList<PartnerContact>();
    m_ui->noContactsLabel->setText(tr("No data available."));
    m_ui->noContactsLabel->setVisible(contacts.isEmpty());
    for (int i = 0; i < contacts.size(); ++i) {
        const PartnerContact &c = contacts.at(i);
        auto *card = new QGroupBox(c.role, m_ui->contactsGroup);
        card->setObjectName(u"contactCard%1"_s.arg(i));
        auto *form = new QFormLayout(card);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        const std::pair<QString, QString> rows[] = {
            {tr("Email:"), c.email}, {tr("Mobile:"), c.mobile}, {tr("Telephone:"), c.telephone}};
        for (const auto &[caption, value] : rows) {
            auto *valueLabel = new QLabel(value.isEmpty() ? tr("No data available.") : value, card);
            valueLabel->setWordWrap(true);
            valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
            form->addRow(caption, valueLabel);
        }
        m_ui->contactsGrid->addWidget(card, i / 2, i % 2);
    }
}

void MyPartnerPanel::retranslate()
{
    m_ui->noPartnerLabel->setText(
        tr("No partner association. A partner's invitation link associates an account with the "
           "partner (File > Associate with a Partner…)."));
    m_ui->operatorIntro->setText(
        tr("Simulation: the operator plays the partner's side. Create an invitation link, set a "
           "reseller customer's monthly budget, ask to disassociate, or answer the customer's "
           "request to disassociate."));
    m_ui->protocolButton->setAccessibleName(tr("Read the notice"));
    m_ui->processButton->setAccessibleDescription(
        tr("Agree to or refuse the partner's request to disassociate."));
}

void MyPartnerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        render();
    }
    QWidget::changeEvent(event);
}

} // namespace oc::gui
