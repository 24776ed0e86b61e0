#pragma once

#include "contract/BackendTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace oc::gui {

// The words of enterprise master accounts (my-account.md §7.1) that My Master Account and its
// dialogs share: a link's status and accounting mode, the request banner, the five Impacts
// (R-MST-3) and the Permissions the master asks for.
class MasterText
{
    Q_DECLARE_TR_FUNCTIONS(MasterText)
public:
    // "Invited", "Associated", "Cancellation requested", ...
    static QString status(MasterLinkStatus status);
    // "Unified accounting" / "Independent accounting", and who pays in that mode.
    static QString accounting(MasterAccounting accounting);
    static QString accountingHint(MasterAccounting accounting);
    // The master as the member sees it: its enterprise name, or its account ID without one.
    static QString masterName(const MasterLink &link);
    static QString memberName(const MasterLink &link);
    // Whether the member has a request to answer (an invitation or a cancellation request).
    static bool isPending(const MasterLink &link);
    // The pending request's banner: "Association invitation" / "Cancellation request", and
    // "X has invited you to become a member account for enterprise accounting management."
    static QString bannerTitle(const MasterLink &link);
    static QString bannerText(const MasterLink &link);
    // §7.1 Impacts, in effect after the association (R-MST-3), in the seed's order, and the
    // line above them (an invitation: once accepted; an association: while associated).
    static QStringList impacts();
    static QString impactsIntro(MasterLinkStatus status);
    // What the master asks for in the Permissions area (granted once accepted, §7.1).
    static QStringList permissions();
    // `items` as an HTML list (escaped), numbered or not.
    static QString htmlList(const QStringList &items, bool numbered);
};

} // namespace oc::gui
