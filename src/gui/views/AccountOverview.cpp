#include "AccountOverview.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "ui_AccountOverview.h"

#include <QEvent>
#include <QPushButton>

namespace oc::gui {

AccountOverview::AccountOverview(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccountOverview>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountOverview"));
    m_chart = new CardBalanceChart(this);
    m_ui->chartSlot->addWidget(m_chart);
    connect(m_ui->buyCardsButton, &QPushButton::clicked, this,
            [this] { emit buyCardsRequested(m_accountId); });
    connect(m_ui->manageCardsButton, &QPushButton::clicked, this,
            &AccountOverview::manageCardsRequested);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::StoredValueCards) || views.contains(view::FeeCenterAccounts))
            reload();
    });
    show();
}

AccountOverview::~AccountOverview() = default;

void AccountOverview::setFeeCenterAccount(const QVariant &feeCenterAccountId)
{
    m_accountId = feeCenterAccountId.isValid() ? feeCenterAccountId.toLongLong() : 0;
    reload();
}

void AccountOverview::reload()
{
    if (m_accountId <= 0) {
        m_overview.reset();
        show();
        return;
    }
    const qint64 id = m_accountId;
    onFinished(m_context->backend()->feeCenterOverview(id), this,
               [this, id](const Result<FeeCenterOverview> &r) {
                   if (id != m_accountId)
                       return;
                   if (r.ok())
                       m_overview = *r;
                   else
                       m_overview.reset();
                   show();
               });
}

void AccountOverview::show()
{
    m_ui->introLabel->setText(
        m_accountId > 0 ? QString() : tr("Choose a fee-center account above to see its overview."));
    m_ui->introLabel->setVisible(m_accountId <= 0);
    m_ui->buyCardsButton->setEnabled(m_accountId > 0);
    m_chart->setOverview(m_overview);
    m_chart->setAccessibleName(tr("Stored-value card balance by status"));
    nameAllFormFields(this);
    if (!m_overview) {
        for (QLabel *value :
             {m_ui->accountValue, m_ui->cashValue, m_ui->cardBalanceValue, m_ui->cardCountsValue})
            value->clear();
        return;
    }
    const FeeCenterOverview &o = *m_overview;
    m_ui->accountValue->setText(
        QStringLiteral("%1 (%2)").arg(o.account.username, o.account.enterpriseName));
    m_ui->cashValue->setText(DomainText::money(o.account.cashBalance));
    m_ui->cardBalanceValue->setText(DomainText::money(o.availableCardBalance));
    m_ui->cardCountsValue->setText(tr("%1 available, %2 used up, %3 expired")
                                       .arg(o.availableCards)
                                       .arg(o.usedUpCards)
                                       .arg(o.expiredCards));
}

void AccountOverview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        show();
    }
    QWidget::changeEvent(event);
}

} // namespace oc::gui
