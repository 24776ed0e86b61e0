#include "PartnerDisassociateDialog.h"

#include "GrowToFit.h"
#include "Submit.h"
#include "contract/Backend.h"
#include "core/Partners.h"
#include "core/Rules.h"
#include "core/Validators.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/PartnerText.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "gui/wizards/WizardState.h"
#include "ui_PartnerDisassociateDialog.h"

#include <QCheckBox>
#include <QEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

// The state keys are the backend's fields (PartnerDisassociationRequest).
const QString StatementKey = u"statementAccepted"_s;
const QString CodeKey = u"code"_s;
const QString PTN7 = QString::fromLatin1(rule::PTN_7);

} // namespace

PartnerDisassociateDialog::PartnerDisassociateDialog(AppContext *context,
                                                     const HuaweiAccountDetail &detail,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PartnerDisassociateDialog>())
    , m_context(context)
    , m_detail(detail)
    , m_state(new WizardState(this))
    , m_binder(new FieldBinder(context, m_state, this))
{
    m_ui->setupUi(this);
    setObjectName(u"partnerDisassociateDialog"_s);
    m_okButton = m_ui->buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"okButton"_s);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    m_nextButton = m_ui->buttons->addButton(tr("Ne&xt"), QDialogButtonBox::AcceptRole);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_disassociateButton =
        m_ui->buttons->addButton(tr("&Disassociate"), QDialogButtonBox::AcceptRole);
    m_disassociateButton->setObjectName(u"disassociateButton"_s);
    m_closeButton = m_ui->buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    m_closeButton->setObjectName(u"closeButton"_s);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &PartnerDisassociateDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->backButton, &QPushButton::clicked, this, &PartnerDisassociateDialog::back);
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this,
            &PartnerDisassociateDialog::checkAgain);

    // Step 2: the statement (its words wrap beside the box).
    m_binder->bind(StatementKey, m_ui->statementCheck);
    m_binder->bindError(StatementKey, m_ui->statementAcceptedError, m_ui->statementCheck);
    m_ui->statementCheckText->setBuddy(m_ui->statementCheck);

    // Step 3: the SMS code (R-PTN-7, purpose partner-disassociate).
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"codeField"_s);
    m_code->edit()->setObjectName(u"codeEdit"_s);
    m_code->sendButton()->setObjectName(u"sendCodeButton"_s);
    m_ui->codeSlot->addWidget(m_code);
    m_ui->codeLabel->setBuddy(m_code->edit());
    m_binder->bind(CodeKey, m_code->edit(), true);
    m_binder->bindError(CodeKey, m_ui->codeError, m_code->edit());
    m_code->setSender([this](std::function<void(const Result<CodeSent> &)> done) {
        const QString to = mobile();
        if (to.isEmpty())
            return done(makeError(PTN7, CodeKey, u"noMobile"_s));
        onFinished(m_context->backend()->sendCode(
                       Channel::Sms, to, QString::fromLatin1(CodePurpose::PartnerDisassociate)),
                   this, [done](Result<CodeSent> sent) {
                       if (sent.ok()) {
                           CodeSent shown = *sent;
                           shown.destination = DomainText::maskedMobile(shown.destination);
                           sent = shown;
                       }
                       done(sent);
                   });
    });
    connect(m_code, &CodeField::failed, this, [this](Error error) {
        if (!isTransient(error))
            error.field = CodeKey;
        showRefusal(error);
    });
    m_binder->load();

    setTabOrder(m_ui->checkAgainButton, m_ui->statementCheck);
    setTabOrder(m_ui->statementCheck, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    setTabOrder(m_code->sendButton(), m_ui->backButton);
    m_ui->accountIdError->hide();
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    retranslate();
    showStep(CheckStep);
    checkAgain();
}

PartnerDisassociateDialog::~PartnerDisassociateDialog() = default;

PartnerDisassociateDialog::Step PartnerDisassociateDialog::step() const
{
    return Step(m_ui->steps->currentIndex());
}

QString PartnerDisassociateDialog::mobile() const
{
    const HuaweiAccount &a = m_detail.account;
    return a.serviceMobile.isEmpty() ? a.securityPhone : a.serviceMobile;
}

void PartnerDisassociateDialog::accept()
{
    if (isSubmitting(m_ui->buttons) || m_checking)
        return;
    m_ui->accountIdError->hide();
    switch (step()) {
    case CheckStep:
        // Only a passed check goes on (R-PTN-2).
        if (m_check && m_check->passed())
            showStep(StatementStep);
        return;
    case StatementStep:
        m_state->clearError(StatementKey);
        if (!m_state->flag(StatementKey)) {
            m_state->setError(makeError(PTN7, StatementKey, u"required"_s));
            m_ui->statementCheck->setFocus();
            return;
        }
        showStep(CodeStep);
        return;
    case CodeStep:
        submitRequest();
        return;
    case DoneStep:
        QDialog::accept();
        return;
    }
}

void PartnerDisassociateDialog::back()
{
    if (isSubmitting(m_ui->buttons))
        return;
    m_ui->accountIdError->hide();
    if (step() == StatementStep)
        showStep(CheckStep);
    else if (step() == CodeStep)
        showStep(StatementStep);
}

void PartnerDisassociateDialog::checkAgain()
{
    if (m_checking)
        return;
    m_checking = true;
    m_ui->accountIdError->hide();
    m_ui->checkSummary->setText(tr("Checking the account…"));
    setBusy(true);
    onFinished(m_context->backend()->partnerDisassociationCheck(m_detail.account.accountId), this,
               [this](const Result<PartnerDisassociationCheck> &check) {
                   m_checking = false;
                   setBusy(false);
                   if (!check.ok()) {
                       if (isTransient(check.error()))
                           DialogRetry::offer(m_ui->buttons, [this] { checkAgain(); });
                       showCheck();
                       return showRefusal(check.error());
                   }
                   m_check = *check;
                   showCheck();
               });
}

void PartnerDisassociateDialog::showCheck()
{
    const auto zone = m_context->displayZone();
    m_ui->checkedAtValue->setText(m_check ? DomainText::time(m_check->checkedAt, zone)
                                          : tr("Not checked yet"));
    if (!m_checking)
        m_ui->checkSummary->setText(
            !m_check ? QString()
            : m_check->passed()
                ? tr("✓ The account passes the check: you can apply to disassociate.")
                : tr("✗ Not all conditions are met: fix every item below, then check again."));
    m_ui->checkSummary->setStyleSheet(!m_check || m_checking ? QString()
                                      : m_check->passed()    ? u"color: #1b6e2d;"_s
                                                             : u"color: #b3261e;"_s);
    QString items;
    if (m_check)
        for (const CheckFailure &f : m_check->failures)
            items += u"<li><b>"_s + PartnerText::conditionText(f, zone).toHtmlEscaped() +
                     u"</b><br>"_s + PartnerText::remedyText(f.condition).toHtmlEscaped() +
                     u"</li>"_s;
    m_ui->failuresLabel->setText(items.isEmpty() ? QString() : u"<ul>"_s + items + u"</ul>"_s);
    m_ui->failuresLabel->setVisible(!items.isEmpty());
    // R-PTN-2: one request every 3 months, with the date of the next one.
    const QDateTime next =
        m_detail.partner ? m_detail.partner->nextCustomerRequestFrom : QDateTime();
    m_ui->limitValue->setText(next.isValid() && next > m_context->now()
                                  ? tr("One request every 3 months: the next is possible from %1.")
                                        .arg(DomainText::time(next, zone))
                                  : tr("One request every 3 months: a request is possible now."));
    m_nextButton->setEnabled(m_check && m_check->passed() && !m_checking);
    m_nextButton->setDefault(m_check && m_check->passed());
    m_ui->checkAgainButton->setEnabled(!m_checking);
}

void PartnerDisassociateDialog::submitRequest()
{
    m_state->clearError(CodeKey);
    if (mobile().isEmpty())
        return showRefusal(makeError(PTN7, CodeKey, u"noMobile"_s));
    const auto code = validate::verificationCode(m_state->text(CodeKey), CodeKey);
    if (!code.ok())
        return showRefusal(code.error()); // R-VC-1
    PartnerDisassociationRequest request;
    request.accountId = m_detail.account.accountId;
    request.statementAccepted = m_state->flag(StatementKey);
    request.code = *code;
    setBusy(true);
    DialogRetry::withdraw(m_ui->buttons);
    const QString partner = m_detail.partner ? m_detail.partner->partnerName : QString();
    onFinished(m_context->backend()->requestPartnerDisassociation(request), this,
               [this, partner](const Result<PartnerInfo> &info) {
                   setBusy(false);
                   if (!info.ok()) {
                       if (isTransient(info.error()))
                           DialogRetry::offer(m_ui->buttons, [this] { accept(); });
                       return showRefusal(info.error());
                   }
                   m_successMessage =
                       tr("Your application to disassociate from the partner %1 was submitted. "
                          "The partner processes it and you will be notified of the result.")
                           .arg(partner);
                   showStep(DoneStep);
               });
}

void PartnerDisassociateDialog::setBusy(bool busy)
{
    m_ui->buttons->setEnabled(!busy);
    m_ui->backButton->setEnabled(!busy);
}

void PartnerDisassociateDialog::showStep(Step step)
{
    m_ui->steps->setCurrentIndex(step);
    m_ui->backButton->setVisible(step == StatementStep || step == CodeStep);
    m_nextButton->setVisible(step == CheckStep);
    m_disassociateButton->setVisible(step == StatementStep);
    m_okButton->setVisible(step == CodeStep);
    m_closeButton->setVisible(step == DoneStep);
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setVisible(step != DoneStep);
    m_disassociateButton->setDefault(step == StatementStep);
    m_okButton->setDefault(step == CodeStep);
    m_closeButton->setDefault(step == DoneStep);
    retranslate();
    switch (step) {
    case CheckStep:
        showCheck();
        m_ui->checkAgainButton->setFocus();
        break;
    case StatementStep:
        m_ui->statementCheck->setFocus();
        break;
    case CodeStep:
        m_code->edit()->setFocus();
        break;
    case DoneStep:
        m_closeButton->setFocus();
        break;
    }
    adjustSize();
}

void PartnerDisassociateDialog::showRefusal(Error error)
{
    const bool statement = error.field == StatementKey;
    const bool code = error.field == CodeKey;
    if (isTransient(error) || (!statement && !code)) {
        // R-PTN-2 changed since the check, a request pending...: the conditions named.
        QString text = ErrorText::message(PartnerText::readable(error, m_context->displayZone()),
                                          m_context->brand());
        const QStringList failed =
            error.args.contains(u"failed"_s) ? PartnerText::failedConditions(error) : QStringList();
        for (const QString &condition : failed)
            text += u"\n• "_s +
                    PartnerText::conditionText(condition, QString(), m_context->displayZone());
        m_ui->accountIdError->setText(text);
        m_ui->accountIdError->show();
        return;
    }
    if (step() != (statement ? StatementStep : CodeStep))
        showStep(statement ? StatementStep : CodeStep);
    m_state->setError(error);
    if (QWidget *first = m_binder->firstWidgetWithError())
        first->setFocus();
}

void PartnerDisassociateDialog::retranslate()
{
    setWindowTitle(tr("Disassociate from the Partner"));
    const QString partner = m_detail.partner ? m_detail.partner->partnerName : QString();
    const QString steps[] = {tr("Step 1 of 3: Check"), tr("Step 2 of 3: Confirm"),
                             tr("Step 3 of 3: Verify by SMS"), tr("Application submitted")};
    m_ui->stepLabel->setText(steps[step()]);
    m_ui->checkIntro->setText(
        tr("The account must pass every condition before it can apply to disassociate. If an "
           "item fails, fix it as prompted and check again."));
    m_ui->partnerValue->setText(partner);
    m_ui->statementLabel->setText(
        u"<p>"_s + tr("Before you disassociate from %1:").arg(partner).toHtmlEscaped() +
        u"</p><ul><li>"_s +
        tr("The request goes to the partner, who processes it; you are notified of the result.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("Orders waiting for the partner to pay must first be cancelled, or paid by the "
           "partner.")
            .toHtmlEscaped() +
        u"</li><li>"_s +
        tr("Only one disassociation request is possible every 3 months.").toHtmlEscaped() +
        u"</li><li>"_s +
        tr("Once disassociated, the partner no longer manages the account and its spending is no "
           "longer billed through the partner.")
            .toHtmlEscaped() +
        u"</li></ul>"_s);
    m_ui->statementCheckText->setText(tr("&I understand the preceding statement and confirm to "
                                         "disassociate from the partner account."));
    m_ui->statementCheck->setAccessibleName(captionOf(m_ui->statementCheckText));
    m_ui->codeIntro->setText(
        tr("Send an SMS verification code to the account's mobile number and enter it. Codes "
           "arrive in the Outbox."));
    m_ui->mobileValue->setText(mobile().isEmpty() ? tr("No mobile number bound")
                                                  : DomainText::maskedMobile(mobile()));
    m_ui->doneLabel->setText(tr("Application submitted."));
    m_ui->doneNote->setText(
        tr("The partner %1 processes your request to disassociate; you will be notified of the "
           "result. Meanwhile My Partner shows the request as pending.")
            .arg(partner));
    m_nextButton->setText(tr("Ne&xt"));
    m_disassociateButton->setText(tr("&Disassociate"));
    m_closeButton->setText(tr("&Close"));
    m_ui->checkAgainButton->setAccessibleDescription(
        tr("Runs the check again once the failed items are fixed."));
    nameAllFormFields(this);
}

bool PartnerDisassociateDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void PartnerDisassociateDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showCheck();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
