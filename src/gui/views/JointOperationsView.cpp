#include "JointOperationsView.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/AuthorizeMembersDialog.h"
#include "gui/dialogs/MemberDialog.h"
#include "gui/widgets/RecordPicker.h"

#include <QPushButton>

namespace oc::gui {

JointOperationsView::JointOperationsView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("jointOperationsView"),
          [] { return tr("Joint Operations (partner services)"); }, parent)
{
    setPicker(RecordPicker::huaweiAccounts(context, true, this), [] { return tr("&Owner:"); });
    picker()->setObjectName(QStringLiteral("jointOperationsOwner"));

    auto *organizations = addList(
        view::Organizations,
        {column::EnterpriseName, column::Abbreviation, column::Status, column::MemberCount,
         column::OwnerName, column::CreatedAt, column::ReadyAt},
        [] { return tr("Organizations"); }, column::OwnerAccountId);
    organizations->setEmptyTexts(
        [] { return tr("No organizations. Create one after buying on KooGallery."); },
        [] { return tr("No organization matches."); });
    organizations->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("creating", enumName::OrganizationStatus),
         ListViewWidget::enumOption("ready", enumName::OrganizationStatus)});
    connect(organizations->addAction(QStringLiteral("bindOrganizationButton"),
                                     [] { return tr("&Bind the organization…"); }),
            &QPushButton::clicked, this,
            [this] { emit organizationWizardRequested(picker()->accountId()); });
    connect(organizations->addAction(QStringLiteral("addMemberButton"),
                                     [] { return tr("&Add member…"); }),
            &QPushButton::clicked, this, &JointOperationsView::addMember);

    auto *members = addList(
        view::Members,
        {column::LoginName, column::DisplayName, column::Department, column::Mobile, column::Email,
         column::Authorized, column::MustChangePassword, column::Enabled},
        [] { return tr("Members"); }, column::OwnerAccountId);
    members->setEmptyTexts([] { return tr("No members yet."); },
                           [] { return tr("No member matches."); });
    connect(members->addAction(QStringLiteral("loginButton"), [] { return tr("Unified &login…"); }),
            &QPushButton::clicked, this, [this, members] {
                emit loginWizardRequested(members->currentValue(column::LoginName).toString());
            });
    members->model()->setFormatter(column::MustChangePassword,
                                   [](const PagedTableModel &, int, const QVariant &value) {
                                       return value.toInt() ? tr("Not changed yet") : tr("Changed");
                                   });

    auto *bindings = addList(
        view::Bindings,
        {column::OrderId, column::ProductName, column::Abbreviation, column::InstanceStatus,
         column::AuthorizedCount, column::BoundAt, column::InstanceId},
        [] { return tr("App binding"); }, column::OwnerAccountId);
    bindings->setEmptyTexts([] { return tr("No orders bound to an organization yet."); },
                            [] { return tr("No binding matches."); });
    connect(bindings->addAction(QStringLiteral("authorizeButton"),
                                [] { return tr("A&uthorize members…"); }),
            &QPushButton::clicked, this, &JointOperationsView::authorizeMembers);

    auto *authorizations = addList(
        view::Authorizations,
        {column::LoginName, column::DisplayName, column::OrderId, column::AuthorizedAt},
        [] { return tr("App authorization"); }, column::OwnerAccountId);
    authorizations->setEmptyTexts([] { return tr("No members authorized yet."); },
                                  [] { return tr("No authorization matches."); });
}

void JointOperationsView::addMember()
{
    const QString organizationId =
        list(view::Organizations)->currentValue(column::OrganizationId).toString();
    if (organizationId.isEmpty()) {
        context()->dialogs()->inform(this, tr("Add member"), tr("Select an organization first."));
        return;
    }
    onFinished(
        context()->backend()->organization(organizationId), this,
        [this](const Result<OrganizationDetail> &detail) {
            if (!detail.ok()) {
                context()->dialogs()->warn(this, tr("Add member"),
                                           ErrorText::message(detail.error(), context()->brand()));
                return;
            }
            auto *dialog = new MemberDialog(context(), *detail, std::nullopt, std::nullopt, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
}

void JointOperationsView::authorizeMembers()
{
    ListViewWidget *bindings = list(view::Bindings);
    const QString organizationId = bindings->currentValue(column::OrganizationId).toString();
    const qint64 bindingId = bindings->currentValue(column::BindingId).toLongLong();
    if (organizationId.isEmpty()) {
        context()->dialogs()->inform(this, tr("Authorize members"),
                                     tr("Select a bound order first."));
        return;
    }
    onFinished(context()->backend()->organization(organizationId), this,
               [this, bindingId](const Result<OrganizationDetail> &detail) {
                   if (!detail.ok()) {
                       context()->dialogs()->warn(
                           this, tr("Authorize members"),
                           ErrorText::message(detail.error(), context()->brand()));
                       return;
                   }
                   auto *dialog = new AuthorizeMembersDialog(context(), *detail, bindingId, this);
                   dialog->setAttribute(Qt::WA_DeleteOnClose);
                   dialog->open();
               });
}

} // namespace oc::gui
