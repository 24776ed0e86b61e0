#include "PartnerText.h"

#include "DomainText.h"
#include "core/Money.h"
#include "core/Partners.h"

#include <QDateTime>
#include <QRegularExpression>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The condition spellings of R-PTN-2/3/4 (core/Partners.h): the eligibility's and the
// disassociation check's, some shared.
namespace C {
using namespace partner::eligibility;
using partner::disassociation::Arrears;
using partner::disassociation::MasterOrMember;
using partner::disassociation::NoCurrency;
using partner::disassociation::OrdersAwaitingPartner;
using partner::disassociation::PartnerSupportPlan;
using partner::disassociation::RequestedWithin3Months;
} // namespace C

bool is(const QString &condition, const char *spelling)
{
    return condition == QLatin1StringView(spelling);
}

// A detail as the checks give it: an amount in CNY ("1280.50"), a time (ISO 8601), a count or
// a name, by what the condition carries.
QString shown(const QString &condition, const QString &detail, const QTimeZone &zone)
{
    if (is(condition, C::Arrears) || is(condition, C::CashSpending)) {
        Fen fen;
        return Fen::parse(detail, &fen) ? DomainText::money(fen) : detail;
    }
    const QDateTime at = QDateTime::fromString(detail, Qt::ISODate);
    if (at.isValid())
        return DomainText::time(at.toUTC(), zone);
    return detail;
}

// Whether a detail is a count of member accounts (rather than a name).
bool isCount(const QString &detail)
{
    bool number = false;
    detail.toInt(&number);
    return number;
}

} // namespace

QString PartnerText::conditionText(const QString &c, const QString &detail, const QTimeZone &zone)
{
    const QString d = shown(c, detail, zone);
    const bool hasDetail = !d.isEmpty();
    // R-PTN-3: no association with any partner.
    if (is(c, C::ChineseMainlandSite))
        return tr("The account was registered on the Chinese mainland Huawei Cloud website.");
    if (is(c, C::PartnerAssociated))
        return hasDetail ? tr("The account is already associated with the partner %1.").arg(d)
                         : tr("The account is already associated with a partner.");
    if (is(c, C::SpecialContract))
        return tr("The account has a special contract with Huawei Cloud (offline directly "
                  "signed, authorized telemarketing with discounts, or a directly signed "
                  "special offer).");
    if (is(c, C::RegisteredOver7Days))
        return hasDetail ? tr("The account was registered more than 7 days ago (on %1).").arg(d)
                         : tr("The account was registered more than 7 days ago.");
    if (is(c, C::CashSpending))
        return tr("The account has cash expenditure records.");
    if (is(c, C::UnpaidBills))
        return tr("The account has unpaid bills.");
    if (is(c, C::UnifiedMaster))
        return hasDetail ? tr("The account is associated with the enterprise master account %1 in "
                              "unified accounting mode.")
                               .arg(d)
                         : tr("The account is associated with an enterprise master account in "
                              "unified accounting mode.");
    // R-PTN-4: no reseller association.
    if (is(c, C::ProfessionalContract))
        return tr("The account signed a professional service contract.");
    if (is(c, C::ReservedInstances))
        return tr("The account has valid reserved instances (RIs).");
    if (is(c, C::MemberAccount))
        return hasDetail
                   ? tr("The account is a member account of the enterprise master account %1.")
                         .arg(d)
                   : tr("The account is an enterprise member account.");
    if (is(c, C::IndependentMembers))
        return hasDetail && isCount(d)
                   ? tr("The account is an enterprise master account with %n member account(s) "
                        "in independent accounting.",
                        nullptr, d.toInt())
                   : tr("The account is an enterprise master account with member accounts in "
                        "independent accounting.");
    // R-PTN-2: no disassociation request.
    if (is(c, C::MasterOrMember))
        return !hasDetail ? tr("The account is associated with an enterprise master or member "
                               "account.")
               : isCount(d)
                   ? tr("The account is an enterprise master account with %n associated member "
                        "account(s).",
                        nullptr, d.toInt())
                   : tr("The account is a member account of the enterprise master account %1.")
                         .arg(d);
    if (is(c, C::Arrears))
        return hasDetail ? tr("The account is in arrears: %1.").arg(d)
                         : tr("The account is in arrears.");
    if (is(c, C::PartnerSupportPlan))
        return tr("A product in the partner support plan is still subscribed.");
    if (is(c, C::NoCurrency))
        return tr("No currency is set for the account.");
    if (is(c, C::OrdersAwaitingPartner))
        return tr("Orders are waiting for the partner to pay.");
    if (is(c, C::RequestedWithin3Months))
        return hasDetail ? tr("A disassociation was requested less than 3 months ago: the next "
                              "request is possible from %1.")
                               .arg(d)
                         : tr("A disassociation was requested less than 3 months ago.");
    return hasDetail ? tr("%1: %2").arg(c, d) : c;
}

QString PartnerText::remedyText(const QString &c)
{
    if (is(c, C::MasterOrMember))
        return tr("Leave the enterprise master account, or cancel the association with the "
                  "member accounts, first.");
    if (is(c, C::IndependentMembers))
        return tr("Remove every member account in independent accounting first.");
    if (is(c, C::Arrears))
        return tr("Ask the partner to raise your credit so that the arrears are written off.");
    if (is(c, C::ReservedInstances))
        return tr("Unsubscribe from the reserved instances, or wait until they expire.");
    if (is(c, C::PartnerSupportPlan))
        return tr("Unsubscribe from the product in the partner support plan first.");
    if (is(c, C::NoCurrency))
        return tr("Set the currency in Preferences.");
    if (is(c, C::SpecialContract))
        return tr("Settle the special commerce contract with the partner offline.");
    if (is(c, C::OrdersAwaitingPartner))
        return tr("Cancel the orders, or ask the partner to pay them.");
    if (is(c, C::RequestedWithin3Months))
        return tr("Only one disassociation request is possible every 3 months: wait until then.");
    return tr("Fix it as prompted, then check again.");
}

QStringList PartnerText::failedConditions(const Error &error)
{
    const QVariant failed = error.args.value(QString::fromLatin1(partner::FailedArg));
    QStringList list;
    if (failed.typeId() == QMetaType::QString)
        list = failed.toString().split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
    else
        list = failed.toStringList();
    list.removeAll(QString());
    if (list.isEmpty() && !error.reason.isEmpty())
        list << error.reason;
    return list;
}

Error PartnerText::readable(Error error, const QTimeZone &zone)
{
    const QString key = QString::fromLatin1(partner::AllowedFromArg);
    if (error.args.contains(key)) {
        const QDateTime at = QDateTime::fromString(error.args.value(key).toString(), Qt::ISODate);
        if (at.isValid())
            error.args.insert(key, DomainText::time(at.toUTC(), zone));
    }
    return error;
}

QString PartnerText::statusText(PartnerStatus status)
{
    switch (status) {
    case PartnerStatus::Associated:
        return tr("In Cooperation");
    case PartnerStatus::Frozen:
        return tr("In Cooperation (account frozen until the partner sets a monthly budget)");
    case PartnerStatus::Disassociating:
        return tr("Disassociation pending");
    }
    return {};
}

QString PartnerText::modelText(PartnerModel model)
{
    switch (model) {
    case PartnerModel::Reseller:
        return tr("Reseller");
    case PartnerModel::Referral:
        return tr("Referral");
    }
    return {};
}

QString PartnerText::operationText(const QString &operation)
{
    static const struct
    {
        const char *operation;
        const char *text;
    } texts[] = {
        {"associated", QT_TR_NOOP("Associated")},
        {"authorized", QT_TR_NOOP("Letter of Authorization accepted")},
        {"budgetSet", QT_TR_NOOP("Monthly budget set")},
        {"budgetWithdrawn", QT_TR_NOOP("Monthly budget withdrawn")},
        {"disassociationRequested", QT_TR_NOOP("Disassociation requested")},
        {"disassociationRefused", QT_TR_NOOP("Disassociation refused")},
        {"disassociationAgreed", QT_TR_NOOP("Disassociation agreed")},
        {"disassociated", QT_TR_NOOP("Disassociated")},
    };
    for (const auto &t : texts)
        if (operation == QLatin1StringView(t.operation))
            return tr(t.text);
    return operation;
}

QString PartnerText::actorText(const QString &actor)
{
    if (actor == u"customer")
        return tr("Customer");
    if (actor == u"partner")
        return tr("Partner");
    return actor;
}

QString PartnerText::initiatorText(DisassociationInitiator initiator)
{
    switch (initiator) {
    case DisassociationInitiator::Customer:
        return tr("Requested by the customer");
    case DisassociationInitiator::Partner:
        return tr("Requested by the partner");
    }
    return {};
}

QString PartnerText::logDetail(const PartnerLogEntry &entry, const QTimeZone &zone)
{
    // What each operation's detail holds (PartnerService, DemoStory): the model of the
    // association, a budget in CNY, why a budget was withdrawn (a condition of the checks and
    // its detail, "arrears 1280.50", R-PTN-1), the side whose request was agreed or refused;
    // a partner's reason for its request is shown as written.
    namespace L = partner::log;
    const QString &operation = entry.operation;
    const QString &detail = entry.detail;
    if (const auto model = enumFromString<PartnerModel>(detail);
        model && is(operation, L::Associated))
        return modelText(*model);
    if (Fen fen; operation.startsWith(u"budget") && Fen::parse(detail, &fen))
        return DomainText::money(fen);
    if (is(operation, L::BudgetWithdrawn) && !detail.isEmpty()) {
        const qsizetype space = detail.indexOf(u' ');
        return space < 0 ? conditionText(detail, {}, zone)
                         : conditionText(detail.left(space), detail.mid(space + 1), zone);
    }
    if (const auto initiator = enumFromString<DisassociationInitiator>(detail);
        initiator && (is(operation, L::Disassociated) || is(operation, L::DisassociationRefused)))
        return initiatorText(*initiator);
    return detail;
}

QString PartnerText::instructions()
{
    const QString points[] = {
        tr("Your name and contact information are uploaded to the partner, which may access "
           "them to serve you."),
        tr("Disputes between you and the partner are settled under the agreement between you "
           "and the partner."),
        tr("Cash coupons pay only for orders created before the association; later spending is "
           "billed to the partner, which may restrict it."),
        tr("Disassociating needs the partner's agreement and a settlement with the partner."),
        tr("Everything else is governed by the Huawei Cloud Customer Agreement."),
    };
    QString html = u"<ol>"_s;
    for (const QString &point : points)
        html += u"<li>"_s + point.toHtmlEscaped() + u"</li>"_s;
    html += u"</ol><p>"_s + tr("Last updated: Sep 01, 2022").toHtmlEscaped() + u"</p>"_s;
    return html;
}

QString PartnerText::freezeWarning()
{
    return tr("Accepting freezes your account by default: it cannot purchase, renew, change or "
              "properly use resources until the partner sets a monthly budget and unfreezes it. "
              "If you do not want this, ignore the invitation and ask the partner to associate "
              "with you through a service ticket.");
}

QString PartnerText::frozenText(const QString &partnerName)
{
    return tr("Your account is frozen: it cannot purchase, renew, change or use resources until "
              "your partner %1 sets a monthly budget.")
        .arg(partnerName);
}

} // namespace oc::gui
