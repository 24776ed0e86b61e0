#include "AuthFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Materials.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

AuthFlow::AuthFlow(Backend *backend, const QString &accountId, QObject *parent)
    : AuthenticationRequestFlow(backend, accountId, parent)
{
    setDefault(TypeKey, u"individual"_s);
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == TypeKey)
            emit typeChanged();
        else if (materialSlotsOf(false).contains(changed) ||
                 materialSlotsOf(true).contains(changed))
            emit materialChanged(changed);
    });
}

void AuthFlow::setEnterprise(bool enterprise)
{
    if (enterprise != isEnterprise())
        setValue(TypeKey, enterprise ? u"enterprise"_s : u"individual"_s);
}

QStringList AuthFlow::materialSlotsOf(bool enterprise)
{
    if (enterprise)
        return {QString::fromLatin1(MaterialSlot::CertificateFront),
                QString::fromLatin1(MaterialSlot::CertificateBack)};
    return {QString::fromLatin1(MaterialSlot::CertificatePage),
            QString::fromLatin1(MaterialSlot::HoldingPhoto)};
}

QStringList AuthFlow::materialSlots() const
{
    return materialSlotsOf(isEnterprise());
}

AuthenticationRequest AuthFlow::request() const
{
    AuthenticationRequest r;
    r.accountId = accountId();
    r.type = isEnterprise() ? AccountType::Enterprise : AccountType::Individual;
    if (isEnterprise()) {
        r.registeredAddress = text(RegisteredAddressKey).trimmed();
        r.enterpriseName = text(EnterpriseNameKey).simplified();
        r.certificateNumber = text(RegistrationNumberKey).trimmed().toUpper();
        r.issuingCountryRegion = account() ? account()->account.countryRegion : QString();
    } else {
        r.certificateType = certificateType();
        r.issuingCountryRegion = text(IssuingCountryKey);
        r.fullName = text(FullNameKey).simplified();
        r.certificateNumber = text(CertificateNumberKey).trimmed().toUpper();
    }
    for (const QString &slot : materialSlots())
        if (const auto upload = material(slot))
            r.materials << *upload;
    return r;
}

QList<Error> AuthFlow::messages(int page) const
{
    QList<Error> errors;
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    const auto checkMaterials = [&](const char *rule, const QList<MaterialType> &allowed) {
        for (const QString &slot : materialSlots()) {
            const auto upload = material(slot);
            if (!upload) {
                errors << makeError(QString::fromLatin1(rule), slot, u"required"_s);
                continue;
            }
            if (auto problem =
                    material::check(rule, slot, upload->fileName, upload->size,
                                    QByteArray::fromBase64(upload->header.toLatin1()), allowed))
                errors << *problem;
        }
    };
    switch (page) {
    case TypePage:
        if (!account())
            break;
        if (const HuaweiAccount &a = account()->account; auto refusal = servicesRefusal(a))
            errors << *refusal;
        else if (a.authStatus == AuthStatus::Pending)
            errors << makeError(QString::fromLatin1(rule::AUTH_4), AccountIdKey, u"pending"_s);
        else if (a.authStatus == AuthStatus::Authenticated)
            errors << makeError(QString::fromLatin1(rule::AUTH_4), AccountIdKey,
                                u"authenticated"_s);
        else if (auto problem = validate::accountTypeChange(
                     a.accountType,
                     isEnterprise() ? AccountType::Enterprise : AccountType::Individual,
                     a.authStatus)) {
            Error e = *problem;
            e.field = TypeKey;
            errors << e;
        }
        break;
    case IndividualPage:
        errors << individualMessages();
        checkMaterials(rule::AUTH_1, material::individualTypes());
        break;
    case EnterprisePage:
        check(validate::requiredText(text(RegisteredAddressKey), RegisteredAddressKey, 256));
        check(validate::requiredText(text(EnterpriseNameKey), EnterpriseNameKey, 64));
        check(validate::certificateNumber(text(RegistrationNumberKey), rule::AUTH_2,
                                          RegistrationNumberKey));
        checkMaterials(rule::AUTH_2, material::enterpriseTypes());
        break;
    default:
        break;
    }
    return errors;
}

bool AuthFlow::isReady(int page) const
{
    const auto uploaded = [this] {
        for (const QString &slot : materialSlots())
            if (!material(slot))
                return false;
        return true;
    };
    switch (page) {
    case TypePage:
        // The account must be known, and free to authenticate (its refusal is shown).
        return account().has_value() && messages(TypePage).isEmpty();
    case IndividualPage:
        return filled({IssuingCountryKey, FullNameKey, CertificateNumberKey}) && uploaded();
    case EnterprisePage:
        return filled({RegisteredAddressKey, EnterpriseNameKey, RegistrationNumberKey}) &&
               uploaded();
    case ReviewPage:
        return true;
    case ProgressPage:
        return record().has_value();
    default:
        return false;
    }
}

AuthFlow::Page AuthFlow::nextPage(Page page) const
{
    switch (page) {
    case TypePage:
        return isEnterprise() ? EnterprisePage : IndividualPage;
    case IndividualPage:
    case EnterprisePage:
        return ReviewPage;
    case ReviewPage:
        return ProgressPage;
    default:
        return NoPage;
    }
}

QFuture<Status> AuthFlow::loadAccount()
{
    const PendingStatus pending;
    onFinished(backend()->huaweiAccount(accountId()), this,
               [this, pending](const Result<HuaweiAccountDetail> &detail) {
                   if (!detail.ok())
                       return pending.finish(detail.error());
                   setAccount(*detail);
                   // An enterprise account authenticates as an enterprise (R-ACC-6).
                   if (detail->account.accountType == AccountType::Enterprise)
                       setDefault(TypeKey, u"enterprise"_s);
                   if (detail->account.accountType == AccountType::Enterprise &&
                       text(EnterpriseNameKey).isEmpty())
                       setDefault(EnterpriseNameKey, detail->account.enterpriseName);
                   const QList<Error> refusals = messages(TypePage);
                   for (const Error &e : refusals)
                       setError(e);
                   if (refusals.isEmpty())
                       clearError(AccountIdKey);
                   emit accountLoaded();
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Result<AuthenticationRecord>> AuthFlow::sendRequest() const
{
    return backend()->submitAuthentication(request());
}

Error AuthFlow::placeRefusal(Error refusal)
{
    if (isEnterprise() && refusal.field == CertificateNumberKey)
        refusal.field = RegistrationNumberKey;
    return refusal;
}

} // namespace oc::gui
