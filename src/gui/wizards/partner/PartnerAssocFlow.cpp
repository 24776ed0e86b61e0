#include "PartnerAssocFlow.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Partners.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/PartnerText.h"
#include "gui/wizards/PendingStatus.h"

#include <QRegularExpression>
#include <QUrl>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

const QString PTN5 = QString::fromLatin1(rule::PTN_5);

// R-PTN-3 / R-PTN-4: the eligibility refusals that list every failed condition.
bool isEligibilityRefusal(const Error &error)
{
    return error.rule == u"R-PTN-3" || error.rule == u"R-PTN-4" || error.args.contains(u"failed"_s);
}

} // namespace

PartnerAssocFlow::PartnerAssocFlow(Backend *backend, const QString &link, QObject *parent)
    : WizardState(parent)
    , m_backend(backend)
{
    setDefault(LinkKey, link.trimmed());
    setDefault(ChoiceKey, QString(ChoiceRegister));
    setDefault(CountryRegionKey, u"CN"_s);
    // Passwords and codes are never kept in a draft.
    markSecret(CodeKey);
    markSecret(PasswordKey);
    markSecret(LoginPasswordKey);
}

QString PartnerAssocFlow::tokenFrom(const QString &link)
{
    const QString text = link.trimmed();
    static const QRegularExpression query(u"[?&#]token=([^&#\\s]+)"_s);
    if (const auto match = query.match(text); match.hasMatch())
        return QUrl::fromPercentEncoding(match.captured(1).toUtf8()).trimmed();
    if (text.contains(u"://"_s)) {
        const QUrl url(text);
        const QStringList parts = url.path().split(u'/', Qt::SkipEmptyParts);
        return parts.isEmpty() ? QString() : parts.last();
    }
    return text;
}

void PartnerAssocFlow::setRegisterNew(bool registerNew)
{
    setValue(ChoiceKey, QString(registerNew ? ChoiceRegister : ChoiceLogin));
}

bool PartnerAssocFlow::isReseller() const
{
    return m_invitation && m_invitation->model == PartnerModel::Reseller;
}

QStringList PartnerAssocFlow::failedConditions() const
{
    return m_refusal ? PartnerText::failedConditions(*m_refusal) : QStringList();
}

PartnerAssociationRequest PartnerAssocFlow::request() const
{
    PartnerAssociationRequest r;
    r.token = token();
    r.instructionsAccepted = instructionsAccepted();
    r.authorizationAccepted = authorizationAccepted();
    r.registerNew = registerNew();
    if (r.registerNew) {
        r.countryRegion = countryRegion();
        r.email = email();
        r.code = text(CodeKey).trimmed();
        r.password = text(PasswordKey);
    } else {
        r.accountName = accountName();
        r.password = text(LoginPasswordKey);
    }
    r.documentsAccepted = documentsAccepted();
    r.promotions = flag(PromotionsKey);
    return r;
}

QList<Error> PartnerAssocFlow::messages(int page) const
{
    QList<Error> errors;
    const auto check = [&errors](const auto &result) {
        if (!result.ok())
            errors << result.error();
    };
    const QString required = QString::fromLatin1(SystemError::Required);
    switch (page) {
    case TokenPage:
        if (token().isEmpty())
            errors << makeError(required, LinkKey);
        break;
    case InstructionsPage:
        // R-PTN-5: the Instructions are required; an existing account only through an online
        // invitation link.
        if (!instructionsAccepted())
            errors << makeError(PTN5, InstructionsKey, u"required"_s);
        if (!registerNew() && !loginAllowed())
            errors << makeError(PTN5, ChoiceKey, u"offlineInvitation"_s);
        break;
    case RegisterPage:
        check(validate::countryRegion(countryRegion(), CountryRegionKey));
        check(validate::email(email(), EmailKey));
        check(validate::verificationCode(text(CodeKey), CodeKey)); // R-VC-1
        check(validate::huaweiPassword(text(PasswordKey), PasswordKey));
        break;
    case LoginPage:
        if (accountName().isEmpty())
            errors << makeError(required, AccountNameKey);
        if (text(LoginPasswordKey).isEmpty())
            errors << makeError(required, LoginPasswordKey);
        break;
    case EnablePage:
        if (!documentsAccepted())
            errors << makeError(PTN5, DocumentsKey, u"required"_s);
        break;
    default:
        break;
    }
    return errors;
}

bool PartnerAssocFlow::isReady(int page) const
{
    switch (page) {
    case TokenPage:
        return !token().isEmpty();
    case InstructionsPage:
        // The invitation must be known; what the page lacks is said next to its fields.
        return m_invitation.has_value();
    case RegisterPage:
        return filled({CountryRegionKey, EmailKey, CodeKey, PasswordKey});
    case LoginPage:
        return filled({AccountNameKey, LoginPasswordKey});
    case EnablePage:
        return m_invitation.has_value() && !m_result;
    case FinishPage:
        return m_result.has_value();
    default:
        return false;
    }
}

PartnerAssocFlow::Page PartnerAssocFlow::nextPage(Page page) const
{
    switch (page) {
    case TokenPage:
        return InstructionsPage;
    case InstructionsPage:
        return registerNew() ? RegisterPage : LoginPage;
    case RegisterPage:
    case LoginPage:
        return EnablePage;
    case EnablePage:
        return FinishPage;
    default:
        return NoPage;
    }
}

QFuture<Status> PartnerAssocFlow::loadInvitation()
{
    const PendingStatus pending;
    const QString wanted = token();
    if (m_invitation && m_invitationToken == wanted) {
        pending.finish(okStatus());
        return pending.future();
    }
    onFinished(m_backend->partnerInvitation(wanted), this,
               [this, pending, wanted](const Result<PartnerInvitation> &invitation) {
                   if (!invitation.ok()) {
                       Error error = invitation.error();
                       if (!isTransient(error))
                           error.field = QString(LinkKey); // E-NOT-FOUND next to the link
                       pending.finish(land(error));
                       return;
                   }
                   const bool changed = m_invitationToken != wanted;
                   m_invitation = *invitation;
                   m_invitationToken = wanted;
                   if (changed) {
                       m_login.reset();
                       m_refusal.reset();
                   }
                   // An offline invitation: a new account registers (R-PTN-5).
                   if (!m_invitation->online)
                       setDefault(ChoiceKey, QString(ChoiceRegister));
                   clearError(LinkKey);
                   clearError(ChoiceKey);
                   emit invitationChanged();
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> PartnerAssocFlow::checkRegistration()
{
    const PendingStatus pending;
    // The code is checked, not used up: Enable uses it (R-VC-1).
    onFinished(m_backend->checkCode(email(), QString::fromLatin1(CodePurpose::SignUp),
                                    text(CodeKey).trimmed()),
               this, [this, pending](const Status &status) {
                   if (status.ok())
                       return pending.finish(okStatus());
                   Error error = status.error();
                   if (!isTransient(error) && error.field.isEmpty())
                       error.field = QString(CodeKey);
                   pending.finish(landAs(error, {{u"destination"_s, EmailKey}}));
               });
    return pending.future();
}

QFuture<Status> PartnerAssocFlow::checkLogin(const QString &deviceId)
{
    const PendingStatus pending;
    HuaweiLoginRequest request;
    request.identifier = accountName();
    request.password = text(LoginPasswordKey);
    request.deviceId = deviceId;
    onFinished(m_backend->checkHuaweiLogin(request), this,
               [this, pending](const Result<HuaweiLoginChallenge> &challenge) {
                   if (!challenge.ok())
                       return pending.finish(
                           landAs(challenge.error(), {{u"identifier"_s, AccountNameKey},
                                                      {u"password"_s, LoginPasswordKey}}));
                   m_login = *challenge;
                   emit loginChanged();
                   pending.finish(okStatus());
               });
    return pending.future();
}

QFuture<Status> PartnerAssocFlow::associate()
{
    const PendingStatus pending;
    if (m_result) { // associated already
        pending.finish(okStatus());
        return pending.future();
    }
    if (m_refusal) {
        m_refusal.reset();
        emit refusalChanged();
    }
    const bool registering = registerNew();
    onFinished(m_backend->associatePartner(request()), this,
               [this, pending, registering](const Result<PartnerAssociationResult> &result) {
                   if (!result.ok()) {
                       Error error = result.error();
                       if (!isTransient(error) && isEligibilityRefusal(error)) {
                           // Every failed condition, listed on the Enable page.
                           m_refusal = error;
                           emit refusalChanged();
                           error.field.clear();
                           return pending.finish(error);
                       }
                       if (registering)
                           return pending.finish(land(error));
                       return pending.finish(landAs(error, {{u"password"_s, LoginPasswordKey},
                                                            {u"identifier"_s, AccountNameKey}}));
                   }
                   m_result = *result;
                   emit associated();
                   pending.finish(okStatus());
               });
    return pending.future();
}

} // namespace oc::gui
