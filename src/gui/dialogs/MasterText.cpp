#include "MasterText.h"

namespace oc::gui {

QString MasterText::status(MasterLinkStatus status)
{
    switch (status) {
    case MasterLinkStatus::Invited:
        return tr("Invited");
    case MasterLinkStatus::Associated:
        return tr("Associated");
    case MasterLinkStatus::CancellationRequested:
        return tr("Cancellation requested");
    case MasterLinkStatus::Rejected:
        return tr("Invitation rejected");
    case MasterLinkStatus::Cancelled:
        return tr("Association cancelled");
    }
    return QString();
}

QString MasterText::accounting(MasterAccounting accounting)
{
    return accounting == MasterAccounting::Unified ? tr("Unified accounting")
                                                   : tr("Independent accounting");
}

QString MasterText::accountingHint(MasterAccounting accounting)
{
    return accounting == MasterAccounting::Unified
               ? tr("The master account pays the member account's spending.")
               : tr("The member account pays its own spending.");
}

QString MasterText::masterName(const MasterLink &link)
{
    return link.masterName.isEmpty() ? link.masterAccountId : link.masterName;
}

QString MasterText::memberName(const MasterLink &link)
{
    return link.memberName.isEmpty() ? link.memberAccountId : link.memberName;
}

bool MasterText::isPending(const MasterLink &link)
{
    return link.status == MasterLinkStatus::Invited ||
           link.status == MasterLinkStatus::CancellationRequested;
}

QString MasterText::bannerTitle(const MasterLink &link)
{
    return link.status == MasterLinkStatus::CancellationRequested ? tr("Cancellation request")
                                                                  : tr("Association invitation");
}

QString MasterText::bannerText(const MasterLink &link)
{
    if (link.status == MasterLinkStatus::CancellationRequested)
        return tr("%1 has requested to cancel its association with your account. Accept to stop "
                  "being its member account, or reject to stay associated.")
            .arg(masterName(link));
    return tr("%1 has invited you to become a member account for enterprise accounting "
              "management.")
        .arg(masterName(link));
}

QStringList MasterText::impacts()
{
    return {
        tr("The master account pays for this account's spending and requests its invoices."),
        tr("The master account views and manages this account's spending and allocates budgets "
           "to it."),
        tr("This account's cash balance can no longer buy cloud services, but it can be "
           "withdrawn."),
        tr("Cash coupons pay only for spending from before the association; what is left of them "
           "cannot be used while the account is associated."),
        tr("This account is suspended if the master account is suspended."),
    };
}

QString MasterText::impactsIntro(MasterLinkStatus status)
{
    return status == MasterLinkStatus::Invited ? tr("In effect once you accept the invitation:")
                                               : tr("In effect while this account is associated:");
}

QStringList MasterText::permissions()
{
    return {tr("Pay for this account's spending and request its invoices"),
            tr("View this account's spending and allocate budgets to it")};
}

QString MasterText::htmlList(const QStringList &items, bool numbered)
{
    const QString tag = numbered ? QStringLiteral("ol") : QStringLiteral("ul");
    QString html = QStringLiteral("<%1 style=\"margin-left: 0px; -qt-list-indent: 1;\">").arg(tag);
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return html + QStringLiteral("</%1>").arg(tag);
}

} // namespace oc::gui
