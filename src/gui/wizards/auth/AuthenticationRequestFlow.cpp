#include "AuthenticationRequestFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "contract/Json.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

AuthenticationRequestFlow::AuthenticationRequestFlow(Backend *backend, const QString &accountId,
                                                     QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(AccountIdKey, accountId);
    setDefault(CertificateTypeKey, oc::toString(CertificateType::Passport));
}

CertificateType AuthenticationRequestFlow::certificateType() const
{
    return enumOr(text(CertificateTypeKey), CertificateType::Passport);
}

void AuthenticationRequestFlow::setCertificateType(CertificateType type)
{
    setValue(CertificateTypeKey, oc::toString(type));
}

std::optional<MaterialUpload> AuthenticationRequestFlow::material(const QString &slot) const
{
    const QVariant stored = value(slot);
    if (!stored.isValid())
        return std::nullopt;
    const auto upload = json::fromJson<MaterialUpload>(QJsonValue::fromVariant(stored));
    if (!upload.ok())
        return std::nullopt;
    return *upload;
}

void AuthenticationRequestFlow::setMaterial(const MaterialUpload &upload)
{
    setValue(upload.slot, json::toJson(upload).toVariant());
}

void AuthenticationRequestFlow::setAccount(const HuaweiAccountDetail &detail)
{
    m_account = detail;
    if (text(IssuingCountryKey).isEmpty())
        setDefault(IssuingCountryKey, detail.account.countryRegion);
}

std::optional<Error> AuthenticationRequestFlow::servicesRefusal(const HuaweiAccount &account)
{
    if (account.servicesStatus == ServicesStatus::Enabled)
        return std::nullopt;
    return makeError(QString::fromLatin1(rule::ACC_16), AccountIdKey,
                     account.servicesStatus == ServicesStatus::NotEnabled
                         ? u"notEnabled"_s
                         : (account.servicesStatus == ServicesStatus::Closed
                                ? u"servicesClosed"_s
                                : u"servicesDisabled"_s));
}

QList<Error> AuthenticationRequestFlow::issuingCountryMessages() const
{
    QList<Error> errors;
    const auto issuing = validate::countryRegion(text(IssuingCountryKey), IssuingCountryKey);
    if (!issuing.ok())
        errors << issuing.error();
    else if (m_account && *issuing != m_account->account.countryRegion)
        errors << makeError(QString::fromLatin1(rule::AUTH_7), IssuingCountryKey, u"mismatch"_s);
    return errors;
}

QList<Error> AuthenticationRequestFlow::individualMessages() const
{
    QList<Error> errors = issuingCountryMessages();
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    check(validate::requiredText(text(FullNameKey), FullNameKey, 64));
    check(validate::certificateNumber(text(CertificateNumberKey), rule::AUTH_1,
                                      CertificateNumberKey));
    return errors;
}

QFuture<Status> AuthenticationRequestFlow::submit()
{
    const PendingStatus pending;
    if (authenticationId() > 0) { // submitted already (a resumed wizard)
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(sendRequest(), this, [this, pending](const Result<AuthenticationRecord> &record) {
        if (!record.ok())
            return pending.finish(land(placeRefusal(record.error())));
        m_record = *record;
        setDefault(AuthenticationIdKey, record->authenticationId);
        emit recordChanged();
        pending.finish(okStatus());
    });
    return pending.future();
}

QFuture<Status> AuthenticationRequestFlow::refresh()
{
    const PendingStatus pending;
    if (authenticationId() <= 0) {
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(m_backend->authentication(authenticationId()), this,
               [this, pending](const Result<AuthenticationRecord> &record) {
                   if (!record.ok())
                       return pending.finish(record.error());
                   m_record = *record;
                   emit recordChanged();
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui
