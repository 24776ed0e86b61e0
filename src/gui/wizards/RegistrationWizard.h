#pragma once

// W-REG — Register the Commercial Plan (flows.md; seeds 000, 002 "no fee-center account"):
// basic information with an email code, company information, activation method, done.
// Activation creates everything in one transaction (R-REG-3).

#include "Wizard.h"
#include "WizardPage.h"
#include "WizardState.h"
#include "contract/BackendTypes.h"

#include <QTimer>

#include <memory>

namespace Ui {
class BasicInfoPage;
class CompanyInfoPage;
class ActivationPage;
class RegistrationDonePage;
} // namespace Ui

class QButtonGroup;

namespace oc::gui {

class CodeField;
class HelpLink;

class RegistrationState : public WizardState
{
    Q_OBJECT
public:
    // Keys equal the backend's error fields, so refusals land next to the right widget.
    static constexpr auto Site = "site";
    static constexpr auto Username = "username";
    static constexpr auto Password = "password";
    static constexpr auto PasswordConfirm = "passwordConfirm";
    static constexpr auto Email = "email";
    static constexpr auto Code = "code";
    static constexpr auto Mobile = "mobile";
    static constexpr auto EnterpriseName = "enterpriseName";
    static constexpr auto Industry = "industry";
    static constexpr auto Contact = "contact";
    static constexpr auto Agreement = "agreement";
    static constexpr auto WorkspaceName = "workspaceName";
    static constexpr auto Language = "language";
    static constexpr auto Method = "method";
    static constexpr auto HuaweiAccountId = "huaweiAccountId";
    static constexpr auto AlibabaAccountId = "alibabaAccountId";
    static constexpr auto AlibabaInstanceId = "alibabaInstanceId";
    static constexpr auto AwsSubscription = "awsSubscription";
    static constexpr auto CreateFeeCenter = "createFeeCenterAccount";
    static constexpr auto Terms = "terms";

    explicit RegistrationState(QObject *parent = nullptr);

    SettlementMethod method() const;
    // Fee-center and Huawei Cloud settlement need the fee-center account (R-REG-3).
    bool feeCenterRequired() const;
    RegistrationRequest request() const;

    // The core validators, page by page (the service checks the same again).
    QList<Error> basicInfoErrors() const;
    QList<Error> companyInfoErrors() const;
    QList<Error> activationErrors() const;
};

class BasicInfoPage : public WizardPage
{
    Q_OBJECT
public:
    BasicInfoPage(AppContext *context, RegistrationState *state, QWidget *parent = nullptr);
    ~BasicInfoPage() override;
    CodeField *codeField() const { return m_code; }

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void checkUsernameLive();

    std::unique_ptr<Ui::BasicInfoPage> m_ui;
    RegistrationState *m_reg;
    CodeField *m_code;
    QTimer m_usernameTimer;
};

class CompanyInfoPage : public WizardPage
{
    Q_OBJECT
public:
    CompanyInfoPage(AppContext *context, RegistrationState *state, QWidget *parent = nullptr);
    ~CompanyInfoPage() override;

protected:
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::CompanyInfoPage> m_ui;
    RegistrationState *m_reg;
};

class ActivationPage : public WizardPage
{
    Q_OBJECT
public:
    ActivationPage(AppContext *context, RegistrationState *state, QWidget *parent = nullptr);
    ~ActivationPage() override;

protected:
    void initializePage() override;
    bool isPageComplete() const override;
    QList<Error> localErrors() const override;
    bool startRemoteStep(std::function<void(const Status &)> done) override;
    void retranslatePage() override;

private:
    void updateMethod();
    void checkHuaweiLive();

    std::unique_ptr<Ui::ActivationPage> m_ui;
    RegistrationState *m_reg;
    QButtonGroup *m_languages;
    QButtonGroup *m_methods;
    HelpLink *m_help;
    QTimer m_huaweiTimer;
    QString m_huaweiChecked; // account id the status line speaks about
};

class RegistrationDonePage : public WizardPage
{
    Q_OBJECT
public:
    RegistrationDonePage(AppContext *context, RegistrationState *state, QWidget *parent = nullptr);
    ~RegistrationDonePage() override;
    void setResult(const RegistrationResult &result);

protected:
    void initializePage() override;
    void retranslatePage() override;

private:
    std::unique_ptr<Ui::RegistrationDonePage> m_ui;
    RegistrationState *m_reg;
    std::optional<RegistrationResult> m_result;
};

class RegistrationWizard : public Wizard
{
    Q_OBJECT
public:
    enum PageId
    {
        BasicInfo,
        CompanyInfo,
        Activation,
        Done
    };
    static constexpr auto Name = "registration";

    // `huaweiAccountId` prefills Huawei Cloud Store activation (from the unified login).
    RegistrationWizard(AppContext *context, const QString &huaweiAccountId,
                       QWidget *parent = nullptr);

    RegistrationState *registration() const { return m_reg; }
    QString title() const override;

signals:
    void registered(const oc::RegistrationResult &result);

private:
    RegistrationState *m_reg;
};

} // namespace oc::gui
