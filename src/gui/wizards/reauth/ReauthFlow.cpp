#include "ReauthFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "contract/MaterialSlots.h"
#include "core/ListNames.h"
#include "core/Listing.h"
#include "core/Materials.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

bool individualKind(ReviewKind kind)
{
    return kind == ReviewKind::IndividualOwner || kind == ReviewKind::IndividualToEnterprise;
}

} // namespace

ReauthFlow::ReauthFlow(Backend *backend, const QString &accountId, QObject *parent)
    : AuthenticationRequestFlow(backend, accountId, parent)
{
    setDefault(KindKey, oc::toString(ReviewKind::IndividualOwner));
    const QStringList names = allMaterialSlots();
    connect(this, &WizardState::valueChanged, this, [this, names](const QString &changed) {
        if (changed == KindKey) {
            judgeKind();
            emit kindChanged();
        } else if (names.contains(changed)) {
            emit materialChanged(changed);
        }
    });
}

ReviewKind ReauthFlow::kind() const
{
    const ReviewKind k = enumOr(text(KindKey), ReviewKind::IndividualOwner);
    return k == ReviewKind::Authentication ? ReviewKind::IndividualOwner : k;
}

void ReauthFlow::setKind(ReviewKind kind)
{
    if (kind != this->kind())
        setValue(KindKey, oc::toString(kind));
}

QList<ReviewKind> ReauthFlow::allowedKinds() const
{
    if (account() && account()->account.accountType == AccountType::Enterprise)
        return {ReviewKind::EnterpriseEntity, ReviewKind::EnterpriseName};
    return {ReviewKind::IndividualOwner, ReviewKind::IndividualToEnterprise};
}

QList<MaterialSlotRule> ReauthFlow::slotRules() const
{
    return materialSlotRules(kind(), individualKind(kind()) ? AccountType::Individual
                                                            : AccountType::Enterprise);
}

QStringList ReauthFlow::materialSlots() const
{
    QStringList names;
    for (const MaterialSlotRule &r : slotRules())
        names << QString::fromLatin1(r.slot);
    return names;
}

QStringList ReauthFlow::materialSlotsOf(Page page) const
{
    QStringList names;
    for (const QString &slot : materialSlots())
        if (pageOf(slot) == page)
            names << slot;
    return names;
}

QStringList ReauthFlow::allMaterialSlots()
{
    QStringList names;
    for (ReviewKind k : {ReviewKind::IndividualOwner, ReviewKind::IndividualToEnterprise,
                         ReviewKind::EnterpriseEntity, ReviewKind::EnterpriseName})
        for (const MaterialSlotRule &r : materialSlotRules(k, AccountType::Individual))
            if (!names.contains(QString::fromLatin1(r.slot)))
                names << QString::fromLatin1(r.slot);
    return names;
}

const char *ReauthFlow::fileRuleOf(const QString &slot) const
{
    for (const MaterialSlotRule &r : slotRules())
        if (slot == QLatin1StringView(r.slot))
            return r.fileRule;
    return rule::AUTH_11;
}

ReauthFlow::Page ReauthFlow::pageOf(const QString &field) const
{
    const ReviewKind k = kind();
    if (field == AccountIdKey || field == KindKey)
        return KindPage;
    switch (k) {
    case ReviewKind::IndividualOwner:
        if (field == QLatin1StringView(MaterialSlot::CurrentCertificatePage) ||
            field == QLatin1StringView(MaterialSlot::CurrentHoldingPhoto) ||
            field == QLatin1StringView(MaterialSlot::ApplicationForm))
            return CurrentOwnerPage;
        return IndividualPage;
    case ReviewKind::IndividualToEnterprise:
    case ReviewKind::EnterpriseEntity:
        return EnterprisePage;
    case ReviewKind::EnterpriseName:
    case ReviewKind::Authentication:
        return NamePage;
    }
    return NoPage;
}

ReauthenticationRequest ReauthFlow::request() const
{
    ReauthenticationRequest r;
    r.accountId = accountId();
    r.kind = kind();
    r.declaration = declaration();
    switch (r.kind) {
    case ReviewKind::IndividualOwner:
        r.certificateType = certificateType();
        r.issuingCountryRegion = text(IssuingCountryKey);
        r.fullName = text(FullNameKey).simplified();
        r.certificateNumber = text(CertificateNumberKey).trimmed().toUpper();
        break;
    case ReviewKind::IndividualToEnterprise:
    case ReviewKind::EnterpriseEntity:
        r.issuingCountryRegion = r.kind == ReviewKind::EnterpriseEntity
                                     ? text(IssuingCountryKey)
                                     : (account() ? account()->account.countryRegion : QString());
        r.registeredAddress = text(RegisteredAddressKey).trimmed();
        r.enterpriseName = text(EnterpriseNameKey).simplified();
        r.certificateNumber = text(RegistrationNumberKey).trimmed().toUpper();
        break;
    case ReviewKind::EnterpriseName:
    case ReviewKind::Authentication:
        r.enterpriseName = text(EnterpriseNameKey).simplified();
        r.certificateNumber = m_currentNumber; // fixed: the current one (R-AUTH-13)
        break;
    }
    for (const QString &slot : materialSlots())
        if (const auto upload = material(slot))
            r.materials << *upload;
    return r;
}

QList<Error> ReauthFlow::messages(int page) const
{
    QList<Error> errors;
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    // The uploads of this page by the services' own table (contract/MaterialSlots).
    const auto checkMaterials = [&](Page on) {
        for (const MaterialSlotRule &r : slotRules()) {
            const QString slot = QString::fromLatin1(r.slot);
            if (pageOf(slot) != on)
                continue;
            const auto upload = material(slot);
            if (!upload) {
                if (r.required)
                    errors << makeError(QString::fromLatin1(r.rule), slot, u"required"_s);
                continue;
            }
            if (auto problem =
                    material::check(r.fileRule, slot, upload->fileName, upload->size,
                                    QByteArray::fromBase64(upload->header.toLatin1()), r.types))
                errors << *problem;
        }
    };
    const auto checkDeclaration = [&] {
        if (!declaration())
            errors << makeError(QString::fromLatin1(kind() == ReviewKind::EnterpriseName
                                                        ? rule::AUTH_13
                                                        : rule::AUTH_11),
                                DeclarationKey, u"required"_s);
    };
    switch (page) {
    case KindPage: {
        if (!account())
            break;
        const HuaweiAccount &a = account()->account;
        if (auto refusal = servicesRefusal(a))
            errors << *refusal;
        else if (a.authStatus != AuthStatus::Authenticated)
            errors << makeError(QString::fromLatin1(rule::AUTH_5), AccountIdKey,
                                u"notAuthenticated"_s);
        else if (m_pendingRequest)
            errors << makeError(QString::fromLatin1(rule::AUTH_4), AccountIdKey, u"pending"_s);
        else if (m_conditions && m_conditions->arrears.value > 0)
            errors << makeError(QString::fromLatin1(rule::AUTH_11), AccountIdKey, u"arrears"_s,
                                {{u"amount"_s, m_conditions->arrears.toPlainString()}});
        else if (kind() == ReviewKind::EnterpriseEntity && m_conditions &&
                 m_conditions->koogallerySeller)
            errors << makeError(QString::fromLatin1(rule::AUTH_5), KindKey, u"koogallerySeller"_s);
        else if (!allowedKinds().contains(kind()))
            errors << makeError(QString::fromLatin1(rule::AUTH_5), KindKey, u"wrongType"_s,
                                {{u"accountType"_s, oc::toString(a.accountType)}});
        break;
    }
    case CurrentOwnerPage:
        checkMaterials(CurrentOwnerPage);
        break;
    case IndividualPage:
        errors << individualMessages();
        checkMaterials(IndividualPage);
        checkDeclaration();
        break;
    case EnterprisePage:
        if (kind() == ReviewKind::EnterpriseEntity)
            errors << issuingCountryMessages();
        check(validate::requiredText(text(RegisteredAddressKey), RegisteredAddressKey, 256));
        check(validate::requiredText(text(EnterpriseNameKey), EnterpriseNameKey, 64));
        check(validate::certificateNumber(text(RegistrationNumberKey), rule::AUTH_2,
                                          RegistrationNumberKey));
        checkMaterials(EnterprisePage);
        checkDeclaration();
        break;
    case NamePage:
        check(validate::requiredText(text(EnterpriseNameKey), EnterpriseNameKey, 64));
        // R-AUTH-13: a new name, not the current one.
        if (account() && !text(EnterpriseNameKey).trimmed().isEmpty() &&
            text(EnterpriseNameKey)
                    .simplified()
                    .compare(account()->account.enterpriseName.simplified(), Qt::CaseInsensitive) ==
                0)
            errors << makeError(QString::fromLatin1(rule::AUTH_13), EnterpriseNameKey,
                                u"unchanged"_s);
        checkMaterials(NamePage);
        checkDeclaration();
        break;
    default:
        break;
    }
    return errors;
}

bool ReauthFlow::isReady(int page) const
{
    const auto uploaded = [this](Page on) {
        for (const MaterialSlotRule &r : slotRules())
            if (r.required && pageOf(QString::fromLatin1(r.slot)) == on &&
                !material(QString::fromLatin1(r.slot)))
                return false;
        return true;
    };
    switch (page) {
    case KindPage:
        // The account must be known, and free to re-authenticate (its refusal is shown).
        return account().has_value() && messages(KindPage).isEmpty();
    case CurrentOwnerPage:
        return uploaded(CurrentOwnerPage);
    case IndividualPage:
        return filled({IssuingCountryKey, FullNameKey, CertificateNumberKey}) &&
               uploaded(IndividualPage) && declaration();
    case EnterprisePage:
        return filled({RegisteredAddressKey, EnterpriseNameKey, RegistrationNumberKey}) &&
               (kind() != ReviewKind::EnterpriseEntity || filled({IssuingCountryKey})) &&
               uploaded(EnterprisePage) && declaration();
    case NamePage:
        return filled({EnterpriseNameKey}) && uploaded(NamePage) && declaration();
    case ProgressPage:
        return record().has_value();
    default:
        return false;
    }
}

ReauthFlow::Page ReauthFlow::nextPage(Page page) const
{
    switch (page) {
    case KindPage:
        switch (kind()) {
        case ReviewKind::IndividualOwner:
            return CurrentOwnerPage;
        case ReviewKind::IndividualToEnterprise:
        case ReviewKind::EnterpriseEntity:
            return EnterprisePage;
        case ReviewKind::EnterpriseName:
        case ReviewKind::Authentication:
            return NamePage;
        }
        return NoPage;
    case CurrentOwnerPage:
        return IndividualPage;
    case IndividualPage:
    case EnterprisePage:
    case NamePage:
        return ProgressPage;
    default:
        return NoPage;
    }
}

void ReauthFlow::judgeKind()
{
    // Refusals of the kind (R-AUTH-5 koogallerySeller, wrongType) follow the choice.
    clearError(KindKey);
    for (const Error &e : messages(KindPage))
        if (e.field == KindKey)
            setError(e);
}

QFuture<Status> ReauthFlow::loadAccount()
{
    const PendingStatus pending;
    const auto loaded = [this, pending] {
        const QList<Error> refusals = messages(KindPage);
        clearError(AccountIdKey);
        clearError(KindKey);
        for (const Error &e : refusals)
            setError(e);
        emit accountLoaded();
        pending.finish(okStatus());
    };
    const auto registration = [this, loaded] {
        // The account's requests: one under review refuses another (R-AUTH-4; the account
        // stays authenticated meanwhile, R-AUTH-10), and the latest approved one carries the
        // registration number a name change keeps (R-AUTH-13).
        ListQuery q;
        q.view = QString(view::Authentications);
        q.filters = {{QString(column::AccountId), accountId()}};
        q.sortColumn = QString(column::SubmittedAt);
        q.descending = true;
        q.limit = 50;
        q.withTotal = false;
        onFinished(backend()->list(q), this, [this, loaded](const Result<ListPage> &page) {
            m_pendingRequest = false;
            m_currentNumber.clear();
            if (page.ok()) {
                for (int row = 0; row < page->rows.size(); ++row) {
                    const QString status = page->value(row, column::Status).toString();
                    if (status == oc::toString(ReviewStatus::Pending))
                        m_pendingRequest = true;
                    else if (status == oc::toString(ReviewStatus::Approved) &&
                             m_currentNumber.isEmpty())
                        m_currentNumber = page->value(row, column::CertificateNumber).toString();
                }
            }
            loaded();
        });
    };
    onFinished(backend()->huaweiAccount(accountId()), this,
               [this, pending, registration](const Result<HuaweiAccountDetail> &detail) {
                   if (!detail.ok())
                       return pending.finish(detail.error());
                   setAccount(*detail);
                   if (!allowedKinds().contains(kind()))
                       setDefault(KindKey, oc::toString(allowedKinds().first()));
                   // Conditions are the simulated facts of Huawei's side (R-AUTH-11, R-AUTH-5); the
                   // submission checks them again, so a failure to read them is not fatal here.
                   onFinished(backend()->accountConditions(accountId()), this,
                              [this, registration](const Result<AccountConditions> &conditions) {
                                  if (conditions.ok())
                                      m_conditions = *conditions;
                                  registration();
                              });
               });
    return pending.future();
}

QFuture<Result<AuthenticationRecord>> ReauthFlow::sendRequest() const
{
    return backend()->submitReauthentication(request());
}

Error ReauthFlow::placeRefusal(Error refusal)
{
    if (kind() != ReviewKind::IndividualOwner && refusal.field == CertificateNumberKey)
        refusal.field = RegistrationNumberKey;
    if (refusal.field == u"materials")
        refusal.field = AccountIdKey;
    setFieldPage(refusal.field, pageOf(refusal.field));
    return refusal;
}

} // namespace oc::gui
