#include "PartnerAssocWizard.h"

#include "PartnerEnablePage.h"
#include "PartnerFinishPage.h"
#include "PartnerInstructionsPage.h"
#include "PartnerLoginPage.h"
#include "PartnerRegisterPage.h"
#include "PartnerTokenPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerAssocWizard::PartnerAssocWizard(AppContext *context, const QString &link, QWidget *parent)
    : Wizard(context, new PartnerAssocFlow(context->backend(), link),
             QString::fromLatin1(PartnerAssocWizard::Name), parent)
    , m_flow(static_cast<PartnerAssocFlow *>(state()))
{
    // Once associated there is nothing to cancel: Finish only.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    addNamedPage(Token, new PartnerTokenPage(context, m_flow, this), u"partnerToken"_s);
    addNamedPage(Instructions, new PartnerInstructionsPage(context, m_flow, this),
                 u"partnerInstructions"_s);
    addNamedPage(Register, new PartnerRegisterPage(context, m_flow, this), u"partnerRegister"_s);
    addNamedPage(Login, new PartnerLoginPage(context, m_flow, this), u"partnerLogin"_s);
    addNamedPage(Enable, new PartnerEnablePage(context, m_flow, this), u"partnerEnable"_s);
    addNamedPage(Finish, new PartnerFinishPage(context, m_flow, this), u"partnerFinish"_s);
    connect(m_flow, &PartnerAssocFlow::associated, this,
            [this] { emit partnerAssociated(accountId()); });
    retranslate();
}

int PartnerAssocWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(PartnerAssocFlow::Page(currentId()));
}

QString PartnerAssocWizard::title() const
{
    return tr("Associate with a Partner");
}

QString PartnerAssocWizard::accountId() const
{
    const auto &result = m_flow->result();
    return result ? result->account.accountId : QString();
}

QString PartnerAssocWizard::successMessage() const
{
    const auto &result = m_flow->result();
    if (!result)
        return {};
    const PartnerInfo &p = result->partner;
    if (p.status == PartnerStatus::Frozen)
        return tr("Associated with the partner %1. The account is frozen until the partner sets "
                  "a monthly budget.")
            .arg(p.partnerName);
    return tr("Associated with the partner %1.").arg(p.partnerName);
}

void PartnerAssocWizard::reject()
{
    if (m_flow->result()) {
        done(QDialog::Accepted);
        return;
    }
    Wizard::reject();
}

QString PartnerAssocWizard::draftPage() const
{
    return pageName(currentId() >= Enable ? int(Enable) : currentId());
}

} // namespace oc::gui
