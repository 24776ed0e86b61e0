#include "HuaweiLoginBindPage.h"

#include "core/Validators.h"
#include "gui/AppContext.h"
#include "gui/widgets/CodeField.h"
#include "gui/wizards/FieldBinder.h"
#include "ui_HuaweiLoginBindPage.h"

#include <QButtonGroup>
#include <QLineEdit>
#include <QPushButton>

namespace oc::gui {

using namespace Qt::StringLiterals;

HuaweiLoginBindPage::HuaweiLoginBindPage(AppContext *context, HuaweiLoginFlow *flow,
                                         QWidget *parent)
    : WizardPage(context, flow, parent)
    , m_ui(std::make_unique<Ui::HuaweiLoginBindPage>())
    , m_flow(flow)
{
    m_ui->setupUi(this);
    setCommitPage(true);
    m_code = new CodeField(context, this);
    m_code->setObjectName(u"mobileCodeField"_s);
    m_ui->mobileCodeSlot->addWidget(m_code);
    m_ui->mobileCodeLabel->setBuddy(m_code->edit());
    setTabOrder(m_ui->mobileEdit, m_code->edit());
    setTabOrder(m_code->edit(), m_code->sendButton());
    m_mode = new QButtonGroup(this);
    m_mode->addButton(m_ui->existingRadio, 0);
    m_mode->addButton(m_ui->createNewRadio, 1);
    using F = HuaweiLoginFlow;
    FieldBinder *b = binder();
    b->bind(F::BindModeKey, m_mode, {u"existing"_s, u"createNew"_s});
    b->bind(F::BindIdentifierKey, m_ui->bindIdentifierEdit, true);
    b->bind(F::HuaweiPasswordKey, m_ui->huaweiPasswordEdit);
    b->bind(F::AccountNameKey, m_ui->accountNameEdit, true);
    b->bind(F::MobileKey, m_ui->mobileEdit, true);
    b->bind(F::MobileCodeKey, m_code->edit(), true);
    const QList<std::pair<QLatin1StringView, QLabel *>> errors = {
        {F::BindIdentifierKey, m_ui->bindIdentifierError},
        {F::HuaweiPasswordKey, m_ui->huaweiPasswordError},
        {F::AccountNameKey, m_ui->accountNameError},
        {F::MobileKey, m_ui->mobileError}};
    for (const auto &[field, label] : errors) {
        b->bindError(field, label);
        flow->setFieldPage(field, F::BindPage);
    }
    b->bindError(F::MobileCodeKey, m_ui->mobileCodeError, m_code->edit());
    flow->setFieldPage(F::MobileCodeKey, F::BindPage);
    m_code->setRequest(
        Channel::Sms, QString::fromLatin1(CodePurpose::WebsiteBind), [this]() -> Result<QString> {
            return validate::mobile(m_flow->mobile(), false, HuaweiLoginFlow::MobileKey);
        });
    showCodeFailures(m_code);
    connect(flow, &WizardState::valueChanged, this, [this](const QString &key) {
        if (key == HuaweiLoginFlow::BindModeKey)
            showMode();
    });
    showMode();
    addStatusArea(m_ui->contentLayout);
}

HuaweiLoginBindPage::~HuaweiLoginBindPage() = default;

void HuaweiLoginBindPage::initializePage()
{
    WizardPage::initializePage();
    retranslatePage();
}

void HuaweiLoginBindPage::showMode()
{
    const bool createNew = m_flow->bindMode() == HuaweiLoginFlow::BindMode::CreateNew;
    const QList<QWidget *> existing = {m_ui->bindIdentifierEditLabel, m_ui->bindIdentifierEdit,
                                       m_ui->huaweiPasswordEditLabel, m_ui->huaweiPasswordEdit};
    const QList<QWidget *> created = {m_ui->accountNameEditLabel, m_ui->accountNameEdit,
                                      m_ui->mobileEditLabel,      m_ui->mobileEdit,
                                      m_ui->mobileCodeLabel,      m_code};
    for (QWidget *w : existing)
        w->setEnabled(!createNew);
    for (QWidget *w : created)
        w->setEnabled(createNew);
    emit completeChanged();
}

bool HuaweiLoginBindPage::startRemoteStep(std::function<void(const Status &)> done)
{
    await(m_flow->bind(), tr("Binding the website account…"), done);
    return true;
}

void HuaweiLoginBindPage::retranslatePage()
{
    setTitle(tr("Bind your Huawei website account"));
    setSubTitle(tr("First login with this account: bind it to a Huawei Cloud account."));
    m_ui->introLabel->setText(
        tr("Later logins go straight in. After binding, the Huawei Cloud account can also sign "
           "in with its own name or mobile number."));
    m_ui->websiteValue->setText(m_flow->websiteName());
    const bool createNew = m_flow->bindMode() == HuaweiLoginFlow::BindMode::CreateNew;
    setButtonText(QWizard::CommitButton, createNew ? tr("Create and &Bind") : tr("&Bind"));
}

} // namespace oc::gui
