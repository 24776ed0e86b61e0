#include "CloseFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/ClosingText.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// R-CLS-3: only enabled services are closed (the service's own refusals, mirrored for page 1).
std::optional<Error> servicesRefusal(const HuaweiAccount &account)
{
    const auto refuse = [](const char *reason) {
        return makeError(QString::fromLatin1(rule::CLS_3), QString(CloseFlow::AccountIdKey),
                         QString::fromLatin1(reason));
    };
    switch (account.servicesStatus) {
    case ServicesStatus::Enabled:
        return std::nullopt;
    case ServicesStatus::NotEnabled:
        return refuse("servicesNotEnabled");
    case ServicesStatus::Closed:
        return refuse("servicesClosed");
    case ServicesStatus::Disabled:
        return refuse("servicesDisabled");
    }
    return std::nullopt;
}

} // namespace

CloseFlow::CloseFlow(Backend *backend, const QString &accountId, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(AccountIdKey, accountId);
    setDefault(ChannelKey, oc::toString(Channel::Email));
    // A code is used once (R-VC-1): never kept in a draft. Nor is the account: a draft left
    // for one account must not turn a wizard opened for another into it.
    markSecret(CodeKey);
    markSecret(AccountIdKey);
}

std::optional<ClosingReason> CloseFlow::reason() const
{
    return enumFromString<ClosingReason>(text(ReasonKey));
}

void CloseFlow::setReason(ClosingReason reason)
{
    setValue(ReasonKey, oc::toString(reason));
}

Channel CloseFlow::channel() const
{
    return enumOr(text(ChannelKey), Channel::Email);
}

void CloseFlow::setChannel(Channel channel)
{
    setValue(ChannelKey, oc::toString(channel));
}

QString CloseFlow::destination(Channel channel) const
{
    if (!m_account)
        return {};
    return channel == Channel::Sms ? m_account->account.securityPhone : m_account->account.email;
}

CloseServicesRequest CloseFlow::request() const
{
    CloseServicesRequest r;
    r.accountId = accountId();
    r.termsAccepted = termsAccepted();
    r.reason = reason();
    r.channel = channel();
    r.code = code().trimmed();
    return r;
}

QList<Error> CloseFlow::messages(int page) const
{
    QList<Error> errors;
    const QString cls3 = QString::fromLatin1(rule::CLS_3);
    switch (page) {
    case ReviewPage:
        if (m_account)
            if (auto refusal = servicesRefusal(m_account->account))
                errors << *refusal;
        if (!termsAccepted())
            errors << makeError(cls3, TermsKey, u"required"_s);
        if (!reason())
            errors << makeError(cls3, ReasonKey, u"required"_s);
        break;
    case VerifyPage:
        if (m_account && destination(channel()).isEmpty())
            errors << makeError(cls3, ChannelKey, u"unbound"_s);
        if (const auto c = validate::verificationCode(code(), CodeKey); !c.ok())
            errors << c.error(); // R-VC-1
        break;
    default:
        break;
    }
    return errors;
}

bool CloseFlow::isReady(int page) const
{
    switch (page) {
    case ReviewPage:
        // The account must be known and its services enabled (the refusal is shown); what
        // the page lacks is said next to its fields on Next.
        return m_account.has_value() && !servicesRefusal(m_account->account);
    case VerifyPage:
        return m_account.has_value();
    case CheckPage:
        // Proceed to Close only when all three checks passed (R-CLS-1).
        // A refused Proceed (R-CLS-1 changed) needs a new application first.
        return m_check && m_check->passed() && !m_closing && !error(CheckIdKey);
    case FinishPage:
        return m_closing.has_value();
    default:
        return false;
    }
}

CloseFlow::Page CloseFlow::nextPage(Page page) const
{
    switch (page) {
    case ReviewPage:
        return VerifyPage;
    case VerifyPage:
        return CheckPage;
    case CheckPage:
        return FinishPage;
    default:
        return NoPage;
    }
}

QFuture<Status> CloseFlow::loadAccount()
{
    const PendingStatus pending;
    onFinished(m_backend->huaweiAccount(accountId()), this,
               [this, pending](const Result<HuaweiAccountDetail> &detail) {
                   if (!detail.ok()) {
                       pending.finish(land(detail.error()));
                       return;
                   }
                   m_account = *detail;
                   // The code goes to the HUAWEI ID's email unless only a mobile number is
                   // bound (R-CLS-3).
                   if (destination(channel()).isEmpty() && !destination(Channel::Sms).isEmpty())
                       setDefault(ChannelKey, oc::toString(Channel::Sms));
                   clearError(AccountIdKey);
                   if (auto refusal = servicesRefusal(m_account->account))
                       setError(*refusal);
                   emit accountLoaded();
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> CloseFlow::submit()
{
    const PendingStatus pending;
    onFinished(m_backend->startClosing(request()), this,
               [this, pending](const Result<ClosingCheck> &check) {
                   if (!check.ok()) {
                       pending.finish(land(check.error()));
                       return;
                   }
                   m_check = *check;
                   emit checkChanged();
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> CloseFlow::proceed()
{
    const PendingStatus pending;
    if (!m_check) {
        pending.finish(makeError(QString::fromLatin1(rule::CLS_4), CheckIdKey, u"notLast"_s));
        return pending.future();
    }
    onFinished(m_backend->closeServices(accountId(), m_check->checkId), this,
               [this, pending](const Result<ServicesClosing> &closing) {
                   if (!closing.ok()) {
                       // R-CLS-1 changed: the conditions that fail now, named.
                       pending.finish(
                           land(ClosingText::readable(closing.error(), QTimeZone::utc())));
                       return;
                   }
                   m_closing = *closing;
                   emit closed();
                   pending.finish(okStatus());
               });
    return pending.future();
}

void CloseFlow::startNewApplication()
{
    m_newApplication = m_newApplication || m_check.has_value();
    m_check.reset();
    clearError(CheckIdKey);
    clearError(CodeKey);
    setDefault(CodeKey, QString());
    emit checkChanged();
}

} // namespace oc::gui
