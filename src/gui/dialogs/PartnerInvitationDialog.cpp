#include "PartnerInvitationDialog.h"

#include "GrowToFit.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"
#include "gui/PartnerText.h"
#include "ui_PartnerInvitationDialog.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace oc::gui {

using namespace Qt::StringLiterals;

PartnerInvitationDialog::PartnerInvitationDialog(AppContext *context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerInvitationDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(u"partnerInvitationDialog"_s);
    QPushButton *ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"okButton"_s);
    ok->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnerInvitationDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->modelCombo->addItem(QString(), oc::toString(PartnerModel::Reseller));
    m_ui->modelCombo->addItem(QString(), oc::toString(PartnerModel::Referral));
    m_ui->onlineCheck->setChecked(true);
    m_ui->onlineCheckText->setBuddy(m_ui->onlineCheck);
    m_contacts = {{m_ui->role1Edit, m_ui->email1Edit, m_ui->mobile1Edit, m_ui->telephone1Edit,
                   m_ui->role1Error, m_ui->email1Error, m_ui->mobile1Error},
                  {m_ui->role2Edit, m_ui->email2Edit, m_ui->mobile2Edit, m_ui->telephone2Edit,
                   m_ui->role2Error, m_ui->email2Error, m_ui->mobile2Error}};
    // The seed's two cards, named as its figure names them.
    m_contacts[0].role->setText(tr("Technical administration"));
    m_contacts[1].role->setText(tr("Marketing"));
    clearErrors();
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textEdited, this, [this] { clearErrors(); });
    connect(m_ui->copyTokenButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->tokenEdit->text());
        m_ui->copiedLabel->setText(tr("The token was copied to the clipboard."));
    });
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->linkEdit->text());
        m_ui->copiedLabel->setText(tr("The link was copied to the clipboard."));
    });
    connect(m_ui->associateButton, &QPushButton::clicked, this, [this] {
        if (!m_invitation)
            return;
        const QString link = linkOf(m_invitation->token);
        QDialog::accept();
        emit associateRequested(link);
    });
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 96);
    retranslate();
    showStep(FormStep);
}

PartnerInvitationDialog::~PartnerInvitationDialog() = default;

PartnerInvitationDialog::Step PartnerInvitationDialog::step() const
{
    return Step(m_ui->steps->currentIndex());
}

QString PartnerInvitationDialog::linkOf(const QString &token)
{
    // The link a partner sends (simulated; the console calls no real service).
    return u"https://account.huaweicloud.com/partner/associate?token="_s +
           QString::fromLatin1(QUrl::toPercentEncoding(token));
}

void PartnerInvitationDialog::accept()
{
    if (step() == ResultStep)
        return QDialog::accept();
    if (!m_ui->buttons->isEnabled())
        return; // being created
    create();
}

bool PartnerInvitationDialog::showFieldError(QLabel *label, QLineEdit *edit, const QString &message)
{
    label->setText(message);
    if (QFormLayout *form = FormRows::formOf(label))
        FormRows::of(form)->show(label, true);
    edit->setAccessibleDescription(message);
    return false;
}

void PartnerInvitationDialog::clearErrors()
{
    QList<std::pair<QLabel *, QLineEdit *>> errors = {{m_ui->enterpriseNameError, m_ui->nameEdit}};
    for (const ContactRow &c : std::as_const(m_contacts))
        errors << std::pair{c.roleError, c.role} << std::pair{c.emailError, c.email}
               << std::pair{c.mobileError, c.mobile};
    for (const auto &[label, edit] : errors) {
        if (QFormLayout *form = FormRows::formOf(label))
            FormRows::of(form)->show(label, false);
        edit->setAccessibleDescription(QString());
    }
    m_ui->accountIdError->hide();
}

void PartnerInvitationDialog::create()
{
    clearErrors();
    const auto message = [this](const Error &error) {
        return ErrorText::message(error, m_context->brand());
    };
    QLineEdit *first = nullptr;
    const auto fail = [&](QLabel *label, QLineEdit *edit, const QString &text) {
        showFieldError(label, edit, text);
        if (!first)
            first = edit;
    };
    PartnerInvitationRequest request;
    const auto name =
        validate::requiredText(m_ui->nameEdit->text(), QString::fromLatin1("enterpriseName"));
    if (!name.ok())
        fail(m_ui->enterpriseNameError, m_ui->nameEdit, message(name.error()));
    else
        request.partner.enterpriseName = *name;
    request.partner.information = m_ui->informationEdit->text().trimmed();
    request.partner.website = m_ui->websiteEdit->text().trimmed();
    m_sentRows.clear();
    for (int row = 0; row < m_contacts.size(); ++row) {
        const ContactRow &c = m_contacts.at(row);
        PartnerContact contact;
        contact.role = c.role->text().trimmed();
        contact.email = c.email->text().trimmed();
        contact.mobile = c.mobile->text().trimmed();
        contact.telephone = c.telephone->text().trimmed();
        // A card with nothing but its role is left out.
        if (contact.email.isEmpty() && contact.mobile.isEmpty() && contact.telephone.isEmpty())
            continue;
        if (contact.role.isEmpty())
            fail(c.roleError, c.role,
                 message(makeError(QString::fromLatin1(SystemError::Required), u"role"_s)));
        if (!contact.email.isEmpty())
            if (const auto email = validate::email(contact.email); !email.ok())
                fail(c.emailError, c.email, message(email.error()));
        if (!contact.mobile.isEmpty())
            if (const auto mobile = validate::mobile(contact.mobile, true); !mobile.ok())
                fail(c.mobileError, c.mobile, message(mobile.error()));
        request.partner.contacts << contact;
        m_sentRows << row;
    }
    if (first) {
        first->setFocus();
        return;
    }
    request.model = enumOr(m_ui->modelCombo->currentData().toString(), PartnerModel::Reseller);
    request.online = m_ui->onlineCheck->isChecked();
    m_ui->buttons->setEnabled(false);
    onFinished(m_context->backend()->createPartnerInvitation(request), this,
               [this](const Result<PartnerInvitation> &invitation) {
                   m_ui->buttons->setEnabled(true);
                   if (!invitation.ok())
                       return showError(invitation.error());
                   m_invitation = *invitation;
                   m_successMessage =
                       tr("The invitation of %1 was created: token %2.")
                           .arg(invitation->partner.enterpriseName, invitation->token);
                   showStep(ResultStep);
               });
}

void PartnerInvitationDialog::showError(const Error &error)
{
    const QString message = ErrorText::message(error, m_context->brand());
    if (error.field.endsWith(u"enterpriseName")) {
        showFieldError(m_ui->enterpriseNameError, m_ui->nameEdit, message);
        m_ui->nameEdit->setFocus();
        return;
    }
    // A contact card's field ("contacts[1].email"): next to it.
    static const QRegularExpression contactField(u"^contacts\\[(\\d+)\\]\\.(\\w+)$"_s);
    if (const auto match = contactField.match(error.field); match.hasMatch()) {
        // The request's cards are the filled ones.
        const int index = int(m_sentRows.value(match.captured(1).toInt(), -1));
        const QString name = match.captured(2);
        if (index >= 0 && index < m_contacts.size()) {
            const ContactRow &c = m_contacts.at(index);
            const std::pair<QLabel *, QLineEdit *> target =
                name == u"email"    ? std::pair{c.emailError, c.email}
                : name == u"mobile" ? std::pair{c.mobileError, c.mobile}
                                    : std::pair{c.roleError, c.role};
            showFieldError(target.first, target.second, message);
            target.second->setFocus();
            return;
        }
    }
    m_ui->accountIdError->setText(message);
    m_ui->accountIdError->show();
}

void PartnerInvitationDialog::showStep(Step step)
{
    m_ui->steps->setCurrentIndex(step);
    const bool form = step == FormStep;
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setVisible(form);
    retranslate();
    if (form) {
        m_ui->nameEdit->setFocus();
    } else {
        m_ui->tokenEdit->setText(m_invitation ? m_invitation->token : QString());
        m_ui->linkEdit->setText(m_invitation ? linkOf(m_invitation->token) : QString());
        m_ui->associateButton->setFocus();
    }
    adjustSize();
}

void PartnerInvitationDialog::retranslate()
{
    setWindowTitle(tr("Create a Partner Invitation (act as the partner)"));
    m_ui->introLabel->setText(
        tr("Acting as a Huawei Cloud partner, create the invitation link (or QR code) that a "
           "customer uses to associate with the partner. Customers see the partner as entered "
           "here on My Partner."));
    for (int i = 0; i < m_ui->modelCombo->count(); ++i)
        m_ui->modelCombo->setItemText(
            i, PartnerText::modelText(
                   enumOr(m_ui->modelCombo->itemData(i).toString(), PartnerModel::Reseller)));
    m_ui->onlineCheckText->setText(
        tr("&Online invitation link: existing HUAWEI IDs may log in and associate too "
           "(otherwise new accounts only)."));
    m_ui->onlineCheck->setAccessibleName(captionOf(m_ui->onlineCheckText));
    m_ui->websiteEdit->setPlaceholderText(tr("https://www.example.com"));
    const bool form = step() == FormStep;
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setText(form ? tr("&Create Invitation") : tr("&Close"));
    if (m_invitation) {
        m_ui->resultLabel->setText(
            tr("The invitation of %1 was created.").arg(m_invitation->partner.enterpriseName));
        m_ui->invitationValue->setText(
            tr("%1, %2").arg(PartnerText::modelText(m_invitation->model),
                             m_invitation->online ? tr("online link: new and existing accounts")
                                                  : tr("new accounts only")));
    }
    m_ui->associateNote->setText(
        tr("Send the link to the customer, or associate an account with it now."));
    m_ui->copyTokenButton->setAccessibleName(tr("Copy the token"));
    m_ui->copyLinkButton->setAccessibleName(tr("Copy the link"));
    nameAllFormFields(this);
}

bool PartnerInvitationDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PartnerInvitationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
