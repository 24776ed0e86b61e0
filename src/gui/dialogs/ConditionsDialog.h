#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class ConditionsDialog;
}

namespace oc::gui {

class AppContext;

// D-CONDITIONS (my-account.md D.2, operator simulation): the facts of one account that the
// console does not model — arrears, balance, invoices, reserved instances, contracts, taxes,
// complaints, KooGallery seller, HCPN partner, the partner and master-account facts (website,
// partner support plan, orders awaiting the partner, professional contract, Enterprise Center,
// Cloud Solution Provider) — which the checks of re-authentication (R-AUTH-5, R-AUTH-6,
// R-AUTH-11), closing (R-CLS-1), partners (R-PTN-2..4) and master accounts (R-MST-2) read, and
// whether the customer's CTS is on (R-AUD-2). Grouped as money, account, resources and
// contracts, programs and website, in two columns. Loaded and saved through the backend; OK
// closes only once the change is taken.
class ConditionsDialog : public QDialog
{
    Q_OBJECT
public:
    ConditionsDialog(AppContext *context, const QString &accountId, QWidget *parent = nullptr);
    ~ConditionsDialog() override;

    std::optional<AccountConditions> result() const { return m_result; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void load();
    void showConditions(const AccountConditions &conditions);
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::ConditionsDialog> m_ui;
    AppContext *m_context;
    QString m_accountId;
    std::optional<AccountConditions> m_loaded;
    std::optional<AccountConditions> m_result;
};

} // namespace oc::gui
