#pragma once

#include "contract/BackendTypes.h"
#include "core/Domain.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTimeZone>

namespace oc::gui {

// The words of partner associations (my-account.md §6; R-PTN-1..7): each condition a check
// found (the eligibility of W-PARTNER-ASSOC, R-PTN-3/R-PTN-4; D-PARTNER-DISASSOC's check,
// R-PTN-2) with what to do about it, the association's status, model and Operation Log, and
// the Instructions statement both the wizard and My Partner show.
class PartnerText
{
    Q_DECLARE_TR_FUNCTIONS(PartnerText)
public:
    // A failed condition in the user's words ("The account is in arrears: ¥1,280.50."); its
    // detail (an amount, a date, a name) formatted, dates in `zone`.
    static QString conditionText(const QString &condition, const QString &detail,
                                 const QTimeZone &zone);
    static QString conditionText(const CheckFailure &failure, const QTimeZone &zone)
    {
        return conditionText(failure.condition, failure.detail, zone);
    }
    // What to do about a failed condition of the disassociation check (R-PTN-2).
    static QString remedyText(const QString &condition);
    // The conditions a refusal names (R-PTN-3/R-PTN-4: args "failed", a list of spellings;
    // the reason alone when there is no list).
    static QStringList failedConditions(const Error &error);
    // `error` with its time arguments (R-PTN-2's "allowedFrom") in `zone`, as ErrorText shows
    // them.
    static Error readable(Error error, const QTimeZone &zone);
    // "In Cooperation", "In Cooperation (frozen)", "Disassociation pending".
    static QString statusText(PartnerStatus status);
    static QString modelText(PartnerModel model);
    // The Operation Log's words for an operation and for who did it.
    static QString operationText(const QString &operation);
    static QString actorText(const QString &actor);
    // Whose request to disassociate an answer was about (R-PTN-7).
    static QString initiatorText(DisassociationInitiator initiator);
    // An entry's detail as the Operation Log shows it, in the user's words: a model, a budget
    // as money, why a budget was withdrawn ("The account is in arrears: ¥1,280.50."), whose
    // request was answered; dates in `zone`. A partner's reason stays as it was written.
    static QString logDetail(const PartnerLogEntry &entry, const QTimeZone &zone);
    // The Instructions for Associating with a Huawei Cloud Partner (§6.1 step 2), as rich
    // text: its points and when it was last updated.
    static QString instructions();
    // The bold warning of a reseller invitation (R-PTN-1, R-PTN-6).
    static QString freezeWarning();
    // "Your account is frozen: ..." with the partner's name (R-PTN-1).
    static QString frozenText(const QString &partnerName);
};

} // namespace oc::gui
