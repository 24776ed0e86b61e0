#include "RegistrationFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/wizards/PendingStatus.h"

#include <QRegularExpression>

namespace oc::gui {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

void collect(QList<Error> &errors, const Result<QString> &result)
{
    if (!result.ok())
        errors << result.error();
}

void collect(QList<Error> &errors, const Problem &problem)
{
    if (problem)
        errors << *problem;
}

} // namespace

RegistrationFlow::RegistrationFlow(Backend *backend, const QString &huaweiAccountId,
                                   QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    markSecret(key(PasswordKey));
    markSecret(key(PasswordConfirmKey));
    markSecret(key(CodeKey));
    setDefault(key(SiteKey), QStringLiteral("cn4"));
    setDefault(key(LanguageKey), toString(WorkspaceLanguage::Chinese));
    setDefault(key(MethodKey), toString(SettlementMethod::HuaweiCloud));
    setDefault(key(CreateFeeCenterKey), true);
    setDefault(key(AgreementKey), false);
    setDefault(key(TermsKey), false);
    setDefault(key(AwsSubscriptionKey), false);
    if (!huaweiAccountId.isEmpty())
        setDefault(key(HuaweiAccountIdKey), huaweiAccountId);
    connect(this, &WizardState::valueChanged, this, [this](const QString &changed) {
        if (changed == key(HuaweiAccountIdKey)) {
            m_huaweiCheck.reset();
            emit huaweiAccountIdChanged();
        } else if (changed == key(MethodKey)) {
            // R-REG-3: fee-center and Huawei Cloud settlement create the fee-center account.
            if (feeCenterRequired())
                setDefault(key(CreateFeeCenterKey), true);
            emit methodChanged();
        }
    });
}

void RegistrationFlow::set(const char *name, const QVariant &value)
{
    if (WizardState::value(key(name)) != value)
        setValue(key(name), value);
}

SettlementMethod RegistrationFlow::method() const
{
    return enumOr(entry(MethodKey), SettlementMethod::FeeCenter);
}

bool RegistrationFlow::feeCenterRequired() const
{
    return method() == SettlementMethod::FeeCenter || method() == SettlementMethod::HuaweiCloud;
}

RegistrationRequest RegistrationFlow::request() const
{
    RegistrationRequest r;
    r.site = site();
    r.username = username();
    r.password = entry(PasswordKey);
    r.email = email();
    r.code = code();
    r.mobile = entry(MobileKey);
    r.enterpriseName = entry(EnterpriseNameKey);
    r.industry = entry(IndustryKey);
    r.contact = entry(ContactKey);
    r.agreementAccepted = flag(key(AgreementKey));
    r.workspaceName = workspaceName();
    r.language = enumOr(entry(LanguageKey), WorkspaceLanguage::Chinese);
    r.method = method();
    r.huaweiAccountId = huaweiAccountId();
    r.alibabaAccountId = entry(AlibabaAccountIdKey).trimmed();
    r.alibabaInstanceId = entry(AlibabaInstanceIdKey).trimmed();
    r.awsSubscriptionConfirmed = flag(key(AwsSubscriptionKey));
    r.createFeeCenterAccount = feeCenterRequired() || flag(key(CreateFeeCenterKey));
    r.termsAccepted = flag(key(TermsKey));
    return r;
}

QList<Error> RegistrationFlow::messages(int page) const
{
    QList<Error> errors;
    switch (page) {
    case BasicInfoPage:
        collect(errors, validate::site(site()));
        collect(errors, validate::username(entry(UsernameKey)));
        collect(errors, validate::guancePassword(entry(PasswordKey)));
        collect(errors,
                validate::passwordConfirmation(entry(PasswordKey), entry(PasswordConfirmKey)));
        collect(errors, validate::email(entry(EmailKey)));
        collect(errors, validate::verificationCode(entry(CodeKey)));
        collect(errors, validate::mobile(entry(MobileKey), true));
        break;
    case CompanyInfoPage:
        collect(errors,
                validate::requiredText(entry(EnterpriseNameKey), key(EnterpriseNameKey), 64));
        collect(errors, validate::optionalText(entry(IndustryKey), key(IndustryKey), 64));
        collect(errors, validate::optionalText(entry(ContactKey), key(ContactKey), 128));
        if (!flag(key(AgreementKey)))
            errors << makeError(QStringLiteral("R-REG-1"), key(AgreementKey),
                                QStringLiteral("terms"));
        break;
    case ActivationPage:
        collect(errors, validate::workspaceName(workspaceName()));
        switch (method()) {
        case SettlementMethod::HuaweiCloud:
            collect(errors, validate::huaweiAccountId(huaweiAccountId(), key(HuaweiAccountIdKey)));
            break;
        case SettlementMethod::AlibabaCloud: {
            const QString account = entry(AlibabaAccountIdKey).trimmed();
            static const QRegularExpression digits(QStringLiteral("^\\d{8,20}\\z"));
            if (account.isEmpty())
                errors << makeError(QString::fromLatin1(SystemError::Required),
                                    key(AlibabaAccountIdKey), QStringLiteral("required"));
            else if (!digits.match(account).hasMatch())
                errors << makeError(QStringLiteral("R-SET-1"), key(AlibabaAccountIdKey),
                                    QStringLiteral("format"));
            collect(errors, validate::requiredText(entry(AlibabaInstanceIdKey),
                                                   key(AlibabaInstanceIdKey), 64));
            break;
        }
        case SettlementMethod::Aws:
            if (!flag(key(AwsSubscriptionKey)))
                errors << makeError(QStringLiteral("R-SET-1"), key(AwsSubscriptionKey),
                                    QStringLiteral("notConfirmed"));
            break;
        case SettlementMethod::FeeCenter:
            break;
        }
        if (!flag(key(TermsKey)))
            errors << makeError(QStringLiteral("R-REG-2"), key(TermsKey), QStringLiteral("terms"));
        // Passwords are not kept in drafts: after a resume they are typed again on page 1.
        if (entry(PasswordKey).isEmpty())
            errors << makeError(QString::fromLatin1(SystemError::Required), key(PasswordKey),
                                QStringLiteral("required"));
        break;
    case DonePage:
        break;
    }
    return errors;
}

bool RegistrationFlow::isReady(int page) const
{
    switch (page) {
    case BasicInfoPage:
        for (const char *field : {UsernameKey, PasswordKey, PasswordConfirmKey, EmailKey, CodeKey})
            if (entry(field).trimmed().isEmpty())
                return false;
        return true;
    case CompanyInfoPage:
        return !entry(EnterpriseNameKey).trimmed().isEmpty() && flag(key(AgreementKey));
    case ActivationPage:
        if (workspaceName().trimmed().isEmpty() || !flag(key(TermsKey)))
            return false;
        switch (method()) {
        case SettlementMethod::HuaweiCloud:
            return !huaweiAccountId().trimmed().isEmpty();
        case SettlementMethod::AlibabaCloud:
            return !entry(AlibabaAccountIdKey).isEmpty() && !entry(AlibabaInstanceIdKey).isEmpty();
        case SettlementMethod::Aws:
            return flag(key(AwsSubscriptionKey));
        case SettlementMethod::FeeCenter:
            return true;
        }
        return true;
    case DonePage:
        return m_result.has_value();
    }
    return false;
}

QFuture<Status> RegistrationFlow::checkUsername()
{
    const PendingStatus pending;
    const QString asked = username();
    if (!validate::username(asked).ok()) {
        pending.finish(okStatus()); // the format message comes with Next
        return pending.future();
    }
    onFinished(m_backend->checkUsername(asked), this, [this, asked, pending](const Status &status) {
        if (asked != username())
            return pending.finish(okStatus());
        if (!status.ok() && status.error().field == key(UsernameKey))
            setError(status.error());
        pending.finish(status);
    });
    return pending.future();
}

QFuture<Status> RegistrationFlow::checkBasicInfo()
{
    const PendingStatus pending;
    const QString user = username();
    const QString mail = email();
    const QString where = site();
    const QString entered = code();
    Backend *backend = m_backend;
    onFinished(backend->checkUsername(user), this, [=, this](const Status &userStatus) {
        if (!userStatus.ok())
            return pending.finish(userStatus);
        onFinished(
            backend->checkGuanceEmail(mail, where), this, [=, this](const Status &mailStatus) {
                if (!mailStatus.ok())
                    return pending.finish(mailStatus);
                onFinished(
                    backend->checkCode(mail, QString::fromLatin1(CodePurpose::Register), entered),
                    this, [pending](const Status &verified) { pending.finish(verified); });
            });
    });
    return pending.future();
}

QFuture<Status> RegistrationFlow::checkHuaweiAccount()
{
    const PendingStatus pending;
    const QString asked = huaweiAccountId();
    m_huaweiCheck.reset();
    if (method() != SettlementMethod::HuaweiCloud || !validate::huaweiAccountId(asked).ok()) {
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(m_backend->checkHuaweiActivation(asked), this,
               [this, asked, pending](const Result<HuaweiActivationCheck> &check) {
                   if (asked != huaweiAccountId())
                       return pending.finish(okStatus());
                   if (check.ok()) {
                       m_huaweiCheck = *check;
                       emit huaweiChecked();
                       return pending.finish(okStatus());
                   }
                   // Early feedback only: an unreachable backend shows up at Activate.
                   if (!isTransient(check.error()))
                       setError(check.error());
                   pending.finish(check.error());
               });
    return pending.future();
}

QFuture<Status> RegistrationFlow::activate()
{
    const PendingStatus pending;
    onFinished(m_backend->registerCommercialPlan(request()), this,
               [this, pending](const Result<RegistrationResult> &result) {
                   if (!result.ok()) {
                       if (!result.error().field.isEmpty())
                           setError(result.error());
                       return pending.finish(result.error());
                   }
                   m_result = *result;
                   emit registered(*result);
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui
