#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class TenantNameDialog;
}

namespace oc::gui {

class AppContext;

// D-TENANT-NAME (my-account.md §5.3, D.2): the precautions of a tenant name change (IAM
// login, API callers, not a HUAWEI ID login name), the current name, the new one with its
// rule (R-ACC-3) and "n of 3 changes used this year". OK changes it through the backend
// (changeTenantName); a refusal — a malformed or taken name, a fourth change this calendar
// year (R-ACC-3), a tenant name that is the login ID (R-ACC-7) — shows under the new name
// and keeps it. Everything shown comes from `detail`: the constructor loads nothing.
class TenantNameDialog : public QDialog
{
    Q_OBJECT
public:
    TenantNameDialog(AppContext *context, const HuaweiAccountDetail &detail,
                     QWidget *parent = nullptr);
    ~TenantNameDialog() override;

    // The account as changed (after accept()).
    std::optional<HuaweiAccount> result() const { return m_result; }
    // The sentence the view shows after OK, in the current language (after accept()).
    QString successMessage() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void clearError();
    // Says up front that nothing can be changed (all changes used, or R-ACC-7), and disables OK.
    void updateAllowed();
    void retranslate();

    std::unique_ptr<Ui::TenantNameDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_account;
    int m_changesUsed = 0;
    std::optional<Error> m_error;
    std::optional<HuaweiAccount> m_result;
};

} // namespace oc::gui
