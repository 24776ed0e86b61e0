#include "AuthorizeMembersDialog.h"

#include "Submit.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/widgets/MemberChecklist.h"
#include "contract/Async.h"
#include "contract/Backend.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace oc::gui {

AuthorizeMembersDialog::AuthorizeMembersDialog(AppContext *context,
                                               const OrganizationDetail &organization,
                                               qint64 bindingId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_bindingId(bindingId)
{
    setObjectName(QStringLiteral("authorizeMembersDialog"));
    setWindowTitle(tr("Authorize members"));
    auto *layout = new QVBoxLayout(this);
    QString order;
    for (const AppBinding &b : organization.bindings)
        if (b.bindingId == bindingId)
            order = b.orderId;
    auto *intro = new QLabel(tr("Order %1 in %2 (%3): select the members who may use %4.")
                                 .arg(order, organization.organization.enterpriseName,
                                      organization.organization.abbreviation, context->brand()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_members = new MemberChecklist(this);
    m_members->setAccessibleName(tr("Members to authorize"));
    m_members->load(organization, bindingId);
    layout->addWidget(m_members);
    m_terms = new QCheckBox(tr("I agree to the &terms of the app authorization"), this);
    m_terms->setObjectName(QStringLiteral("termsCheck"));
    layout->addWidget(m_terms);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("authorizeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Confirm authorization"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AuthorizeMembersDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_members, &MemberChecklist::selectionChanged, this,
            &AuthorizeMembersDialog::updateButtons);
    connect(m_terms, &QCheckBox::toggled, this, &AuthorizeMembersDialog::updateButtons);
    updateButtons();
}

void AuthorizeMembersDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_members->hasNewlyChecked() && m_terms->isChecked());
}

void AuthorizeMembersDialog::accept()
{
    AuthorizationRequest request;
    request.bindingId = m_bindingId;
    request.memberIds = m_members->newlyChecked();
    request.termsAccepted = m_terms->isChecked();
    submit(
        this, m_buttons, m_context->backend()->authorizeMembers(request),
        [this](const AuthorizationResult &result) { m_result = result; },
        [this](const Error &error) {
            m_error->setText(ErrorText::messageWithRule(error, m_context->brand()));
            m_error->show();
        });
}

} // namespace oc::gui
