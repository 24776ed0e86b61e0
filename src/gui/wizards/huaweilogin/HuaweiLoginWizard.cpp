#include "HuaweiLoginWizard.h"

#include "HuaweiLoginBindPage.h"
#include "HuaweiLoginCodePage.h"
#include "HuaweiLoginDonePage.h"
#include "HuaweiLoginEnablePage.h"
#include "HuaweiLoginPage.h"
#include "HuaweiLoginTrustPage.h"
#include "gui/AppContext.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

HuaweiLoginWizard::HuaweiLoginWizard(AppContext *context, const QString &identifier,
                                     QWidget *parent)
    : Wizard(context, new HuaweiLoginFlow(context->backend(), context->deviceId()),
             QString::fromLatin1(Name), parent)
    , m_flow(static_cast<HuaweiLoginFlow *>(state()))
{
    if (!identifier.isEmpty())
        m_flow->setDefault(HuaweiLoginFlow::IdentifierKey, identifier);
    addNamedPage(SignIn, new HuaweiLoginPage(context, m_flow, this), u"huaweiLogin"_s);
    addNamedPage(Code, new HuaweiLoginCodePage(context, m_flow, this), u"huaweiLoginCode"_s);
    addNamedPage(Trust, new HuaweiLoginTrustPage(context, m_flow, this), u"huaweiLoginTrust"_s);
    addNamedPage(Bind, new HuaweiLoginBindPage(context, m_flow, this), u"huaweiLoginBind"_s);
    addNamedPage(Enable, new HuaweiLoginEnablePage(context, m_flow, this), u"huaweiLoginEnable"_s);
    addNamedPage(Done, new HuaweiLoginDonePage(context, m_flow, this), u"huaweiLoginDone"_s);
    connect(this, &QDialog::accepted, this, [this] {
        if (m_flow->isSignedIn())
            emit signedIn(m_flow->accountId());
    });
    retranslate();
}

int HuaweiLoginWizard::nextId() const
{
    if (currentId() < 0)
        return -1;
    return m_flow->nextPage(HuaweiLoginFlow::Page(currentId()));
}

QString HuaweiLoginWizard::title() const
{
    return tr("Sign in to Huawei Cloud");
}

} // namespace oc::gui
