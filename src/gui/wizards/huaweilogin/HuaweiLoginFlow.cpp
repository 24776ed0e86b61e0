#include "HuaweiLoginFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

constexpr auto HuaweiIdMethod = "huaweiId";
constexpr auto WebsiteMethod = "website";
constexpr auto ExistingMode = "existing";
constexpr auto CreateNewMode = "createNew";

Error required(QLatin1StringView field)
{
    return makeError(QString::fromLatin1(SystemError::Required), field, u"required"_s);
}

} // namespace

HuaweiLoginFlow::HuaweiLoginFlow(Backend *backend, const QString &deviceId, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
    , m_deviceId(deviceId)
{
    markSecret(PasswordKey);
    markSecret(WebsitePasswordKey);
    markSecret(HuaweiPasswordKey);
    setDefault(MethodKey, QString::fromLatin1(HuaweiIdMethod));
    setDefault(ChannelKey, oc::toString(Channel::Sms));
    setDefault(BindModeKey, QString::fromLatin1(ExistingMode));
    setDefault(TrustKey, true);
}

HuaweiLoginFlow::Method HuaweiLoginFlow::method() const
{
    return text(MethodKey) == QLatin1StringView(WebsiteMethod) ? Method::Website : Method::HuaweiId;
}

void HuaweiLoginFlow::setMethod(Method method)
{
    setValue(MethodKey,
             QString::fromLatin1(method == Method::Website ? WebsiteMethod : HuaweiIdMethod));
}

Channel HuaweiLoginFlow::channel() const
{
    return enumOr<Channel>(text(ChannelKey), Channel::Sms);
}

void HuaweiLoginFlow::setChannel(Channel channel)
{
    setValue(ChannelKey, oc::toString(channel));
}

HuaweiLoginFlow::BindMode HuaweiLoginFlow::bindMode() const
{
    return text(BindModeKey) == QLatin1StringView(CreateNewMode) ? BindMode::CreateNew
                                                                 : BindMode::Existing;
}

void HuaweiLoginFlow::setBindMode(BindMode mode)
{
    setValue(BindModeKey,
             QString::fromLatin1(mode == BindMode::CreateNew ? CreateNewMode : ExistingMode));
}

QString HuaweiLoginFlow::accountId() const
{
    return isSignedIn() ? m_result->account->accountId : QString();
}

QString HuaweiLoginFlow::destination(Channel channel) const
{
    if (!m_challenge)
        return {};
    return channel == Channel::Sms ? m_challenge->securityPhone : m_challenge->email;
}

bool HuaweiLoginFlow::channelChoice() const
{
    return !destination(Channel::Sms).isEmpty() && !destination(Channel::Email).isEmpty();
}

QList<Error> HuaweiLoginFlow::messages(int page) const
{
    QList<Error> errors;
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    const auto require = [&](QLatin1StringView key) {
        if (text(key).trimmed().isEmpty())
            errors << required(key);
    };
    switch (page) {
    case SignInPage:
        if (method() == Method::HuaweiId) {
            require(IdentifierKey);
            require(PasswordKey);
        } else {
            require(WebsiteNameKey);
            require(WebsitePasswordKey);
        }
        break;
    case CodePage:
        // R-ACC-19: the code goes to a bound destination only.
        if (destination(channel()).isEmpty())
            errors << makeError(QString::fromLatin1(rule::ACC_19), ChannelKey, u"unbound"_s);
        check(validate::verificationCode(text(CodeKey), CodeKey));
        break;
    case BindPage:
        if (bindMode() == BindMode::Existing) {
            require(BindIdentifierKey);
            require(HuaweiPasswordKey);
        } else {
            require(AccountNameKey);
            check(validate::mobile(mobile(), false, MobileKey));
            check(validate::verificationCode(text(MobileCodeKey), MobileCodeKey));
        }
        break;
    case EnablePage:
        if (enabledLater())
            break;
        check(validate::countryRegion(serviceCountryRegion(), ServiceCountryKey));
        // R-ACC-16: the Customer Agreement and Privacy Statement, or "enable later".
        if (!flag(AgreementKey))
            errors << makeError(QString::fromLatin1(rule::ACC_16), AgreementKey, u"required"_s);
        break;
    default:
        break;
    }
    return errors;
}

bool HuaweiLoginFlow::isReady(int page) const
{
    switch (page) {
    case SignInPage:
        return method() == Method::HuaweiId ? filled({IdentifierKey, PasswordKey})
                                            : filled({WebsiteNameKey, WebsitePasswordKey});
    case CodePage:
        return filled({CodeKey});
    case TrustPage:
        return true;
    case BindPage:
        return bindMode() == BindMode::Existing
                   ? filled({BindIdentifierKey, HuaweiPasswordKey})
                   : filled({AccountNameKey, MobileKey, MobileCodeKey});
    case EnablePage:
        // The agreement's own message says it is required: Enable stays available.
        return enabledLater() || filled({ServiceCountryKey});
    case DonePage:
        return isSignedIn();
    default:
        return false;
    }
}

HuaweiLoginFlow::Page HuaweiLoginFlow::nextPage(Page page) const
{
    const auto signedIn = [this] {
        return m_result && m_result->account &&
                       m_result->account->servicesStatus == ServicesStatus::NotEnabled
                   ? EnablePage
                   : DonePage;
    };
    switch (page) {
    case SignInPage:
        if (method() == Method::Website)
            return bindRequired() ? BindPage : signedIn();
        return m_challenge && m_challenge->codeRequired ? CodePage : signedIn();
    case CodePage:
        return TrustPage;
    case TrustPage:
    case BindPage:
        return signedIn();
    case EnablePage:
        return DonePage;
    default:
        return NoPage;
    }
}

HuaweiLoginRequest HuaweiLoginFlow::loginRequest() const
{
    HuaweiLoginRequest request;
    request.identifier = identifier();
    request.password = text(PasswordKey);
    request.deviceId = m_deviceId;
    request.channel = channel();
    request.code = text(CodeKey).trimmed();
    request.trustDevice = flag(TrustKey);
    return request;
}

void HuaweiLoginFlow::learn(const HuaweiLoginResult &result)
{
    m_result = result;
    if (result.account && serviceCountryRegion().isEmpty())
        setDefault(ServiceCountryKey, result.account->countryRegion);
    emit signedIn();
}

QFuture<Status> HuaweiLoginFlow::signIn()
{
    const PendingStatus pending;
    m_challenge.reset();
    m_result.reset();
    if (method() == Method::Website) {
        WebsiteLoginRequest request;
        request.name = websiteName();
        request.password = text(WebsitePasswordKey);
        request.deviceId = m_deviceId;
        onFinished(m_backend->websiteLogin(request), this,
                   [this, pending](const Result<HuaweiLoginResult> &result) {
                       if (!result.ok())
                           return pending.finish(
                               landAs(result.error(), {{u"name"_s, WebsiteNameKey},
                                                       {u"password"_s, WebsitePasswordKey}}));
                       learn(*result);
                       pending.finish(okStatus());
                   });
        return pending.future();
    }
    onFinished(m_backend->checkHuaweiLogin(loginRequest()), this,
               [this, pending](const Result<HuaweiLoginChallenge> &challenge) {
                   if (!challenge.ok())
                       return pending.finish(land(challenge.error()));
                   m_challenge = *challenge;
                   // The channel the user would pick anyway: the only one bound.
                   if (destination(channel()).isEmpty())
                       setChannel(channel() == Channel::Sms ? Channel::Email : Channel::Sms);
                   emit challenged();
                   if (challenge->codeRequired)
                       return pending.finish(okStatus());
                   // A trusted device: the password was all it took.
                   onFinished(m_backend->huaweiLogin(loginRequest()), this,
                              [this, pending](const Result<HuaweiLoginResult> &result) {
                                  if (!result.ok())
                                      return pending.finish(land(result.error()));
                                  learn(*result);
                                  pending.finish(okStatus());
                              });
               });
    return pending.future();
}

QFuture<Status> HuaweiLoginFlow::checkCode()
{
    const PendingStatus pending;
    if (const QList<Error> errors = messages(CodePage); !errors.isEmpty()) {
        pending.finish(land(errors.first()));
        return pending.future();
    }
    onFinished(m_backend->checkCode(destination(channel()),
                                    QString::fromLatin1(CodePurpose::HuaweiLogin),
                                    text(CodeKey).trimmed()),
               this, [this, pending](const Status &status) {
                   if (!status.ok()) {
                       Error error = status.error();
                       if (!error.field.isEmpty() || error.rule == QLatin1StringView(rule::VC_1))
                           error.field = CodeKey;
                       return pending.finish(land(error));
                   }
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> HuaweiLoginFlow::logIn()
{
    const PendingStatus pending;
    onFinished(m_backend->huaweiLogin(loginRequest()), this,
               [this, pending](const Result<HuaweiLoginResult> &result) {
                   if (!result.ok())
                       return pending.finish(land(result.error()));
                   learn(*result);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> HuaweiLoginFlow::bind()
{
    const PendingStatus pending;
    BindWebsiteAccountRequest request;
    request.name = websiteName();
    request.password = text(WebsitePasswordKey);
    request.createNew = bindMode() == BindMode::CreateNew;
    if (request.createNew) {
        request.accountName = text(AccountNameKey).trimmed();
        request.mobile = mobile();
        request.code = text(MobileCodeKey).trimmed();
    } else {
        request.identifier = text(BindIdentifierKey).trimmed();
        request.huaweiPassword = text(HuaweiPasswordKey);
    }
    onFinished(m_backend->bindWebsiteAccount(request), this,
               [this, pending](const Result<HuaweiLoginResult> &result) {
                   if (!result.ok())
                       return pending.finish(
                           landAs(result.error(), {{u"identifier"_s, BindIdentifierKey},
                                                   {u"code"_s, MobileCodeKey},
                                                   {u"name"_s, WebsiteNameKey},
                                                   {u"password"_s, WebsitePasswordKey}}));
                   learn(*result);
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> HuaweiLoginFlow::enableServices()
{
    const PendingStatus pending;
    if (enabledLater() || !isSignedIn() ||
        m_result->account->servicesStatus != ServicesStatus::NotEnabled) {
        pending.finish(okStatus());
        return pending.future();
    }
    EnableServicesRequest request;
    request.accountId = accountId();
    request.countryRegion = serviceCountryRegion();
    request.agreementAccepted = flag(AgreementKey);
    request.promotions = flag(PromotionsKey);
    onFinished(m_backend->enableServices(request), this,
               [this, pending](const Result<HuaweiAccount> &account) {
                   if (!account.ok())
                       return pending.finish(land(account.error()));
                   m_result->account = *account;
                   emit signedIn();
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui
