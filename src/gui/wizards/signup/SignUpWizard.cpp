#include "SignUpWizard.h"

#include "SignUpAccountPage.h"
#include "SignUpCardPage.h"
#include "SignUpDonePage.h"
#include "SignUpEnablePage.h"
#include "SignUpMobilePage.h"
#include "SignUpSecurityPhonePage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

SignUpWizard::SignUpWizard(AppContext *context, QWidget *parent)
    : Wizard(context, new SignUpFlow(context->backend()), QString::fromLatin1(Name), parent)
    , m_flow(static_cast<SignUpFlow *>(state()))
{
    addNamedPage(Account, new SignUpAccountPage(context, m_flow, this), u"signUpAccount"_s);
    addNamedPage(SecurityPhone, new SignUpSecurityPhonePage(context, m_flow, this),
                 u"signUpSecurityPhone"_s);
    addNamedPage(Enable, new SignUpEnablePage(context, m_flow, this), u"signUpEnable"_s);
    addNamedPage(Mobile, new SignUpMobilePage(context, m_flow, this), u"signUpMobile"_s);
    addNamedPage(Card, new SignUpCardPage(context, m_flow, this), u"signUpCard"_s);
    addNamedPage(Done, new SignUpDonePage(context, m_flow, this), u"signUpDone"_s);
    connect(this, &QDialog::accepted, this, [this] {
        if (!m_flow->accountId().isEmpty())
            emit signedUp(m_flow->accountId());
    });
    retranslate();
}

int SignUpWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(SignUpFlow::Page(currentId()));
}

QString SignUpWizard::title() const
{
    return tr("Sign up for a HUAWEI ID");
}

} // namespace oc::gui
