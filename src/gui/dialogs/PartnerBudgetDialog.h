#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PartnerBudgetDialog;
}

namespace oc::gui {

class AppContext;

// The operator acting as a reseller partner sets the customer's monthly budget, which
// unfreezes the account (my-account.md §6.1 NOTE, D.2 "act as partner"; R-PTN-1, R-PTN-6): an
// amount in CNY, typed as money fields are ("1280.50", this locale's grouping allowed).
class PartnerBudgetDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerBudgetDialog(AppContext *context, const HuaweiAccountDetail &detail,
                        QWidget *parent = nullptr);
    ~PartnerBudgetDialog() override;

    // After accept(): "The monthly budget is ¥…: the account is no longer frozen."
    QString successMessage() const { return m_successMessage; }
    void accept() override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void showError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::PartnerBudgetDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    QString m_successMessage;
};

} // namespace oc::gui
