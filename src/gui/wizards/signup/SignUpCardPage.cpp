#include "SignUpCardPage.h"

#include "SignUpMobilePage.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/widgets/HistoricalCards.h"
#include "gui/widgets/RecordTable.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_SignUpCardPage.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace oc::gui {

namespace {

constexpr CardVerification BankAnswers[] = {CardVerification::Approved, CardVerification::Declined,
                                            CardVerification::InsufficientFunds,
                                            CardVerification::AuthenticationFailed};

} // namespace

SignUpCardPage::SignUpCardPage(AppContext *context, SignUpFlow *flow, QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::SignUpCardPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    for (CardVerification answer : BankAnswers)
        m_ui->bankCombo->addItem(QString(), oc::toString(answer));
    HistoricalCards::setUp(m_ui->historyTable);

    using F = SignUpFlow;
    FieldBinder *b = binder();
    b->bind(F::CardNumberKey, m_ui->cardNumberEdit, true);
    b->bind(F::HolderKey, m_ui->holderEdit);
    b->bind(F::ExpiryKey, m_ui->expiryEdit, true);
    b->bind(F::SecurityCodeCardKey, m_ui->securityCodeEdit, true);
    b->bind(F::TermsKey, m_ui->termsCheck);
    b->bind(F::BankResultKey, m_ui->bankCombo);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::CardNumberKey, m_ui->cardNumberError},
        {F::HolderKey, m_ui->holderError},
        {F::ExpiryKey, m_ui->expiryError},
        {F::SecurityCodeCardKey, m_ui->securityCodeError},
        {F::TermsKey, m_ui->termsError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::CardPage);
    }
    connect(flow, &SignUpFlow::cardsChanged, this, &SignUpCardPage::showCards);
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        m_flow->skipCard();
        wizard()->next();
    });
    disableWhileBusy(m_ui->skipButton);
    addStatusArea(m_ui->contentLayout);
    showCards();
}

SignUpCardPage::~SignUpCardPage() = default;

bool SignUpCardPage::startRemoteStep(std::function<void(const Status &)> done)
{
    if (m_flow->isSkipped(SignUpFlow::CardPage))
        return false;
    m_flow->setToday(context()->now().date());
    await(m_flow->bindCard(), tr("Verifying the card with the bank…"), done);
    return true;
}

void SignUpCardPage::showCards()
{
    const QList<PaymentCard> &cards = m_flow->cards();
    HistoricalCards::show(m_ui->historyTable, cards, context()->displayZone());
    m_ui->historyLabel->setVisible(!cards.isEmpty());
    m_ui->historyTable->setVisible(!cards.isEmpty());
}

void SignUpCardPage::retranslatePage()
{
    setTitle(tr("Complete your information"));
    setSubTitle(tr("Bind a credit card: use Huawei Cloud first and pay later."));
    m_ui->stepsLabel->setText(SignUpMobilePage::progressText(3));
    m_ui->introLabel->setText(
        tr("A deposit of 1 USD (or the same in another currency) is taken to check the card and "
           "returned after a successful binding; when depends on the bank. A bound card gives "
           "the post-payment qualification: the bill is made on the 3rd day of the next month "
           "and charged to the card."));
    m_ui->expiryEdit->setPlaceholderText(tr("MM/YY"));
    for (int i = 0; i < m_ui->bankCombo->count(); ++i)
        m_ui->bankCombo->setItemText(
            i, DomainText::cardResult(m_ui->bankCombo->itemData(i).toString()));
    m_ui->bankNote->setText(tr("Simulation: the identity verification on the bank's page "
                               "answers this way."));
    HistoricalCards::retranslate(m_ui->historyTable);
    m_ui->skipButton->setToolTip(tr("Add a payment method at the next login, via Associate in "
                                    "a message."));
    setButtonText(QWizard::CommitButton, tr("&OK"));
}

} // namespace oc::gui
