#pragma once

#include "contract/BackendTypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class HuaweiAccountsView;
}

namespace oc::gui {

class AppContext;
class ListViewWidget;

// Huawei accounts: the list with search and filters, and the selected account's detail
// (basic information, authentication, preferences, partner, CTS traces).
class HuaweiAccountsView : public QWidget
{
    Q_OBJECT
public:
    explicit HuaweiAccountsView(AppContext *context, QWidget *parent = nullptr);
    ~HuaweiAccountsView() override;

    ListViewWidget *list() const { return m_list; }
    void selectAccount(const QString &accountId);
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

signals:
    // W-BUY for the selected account.
    void purchaseRequested(const QString &accountId);
    void signUpRequested();
    // D-LOGIN as the selected account (its login ID prefilled; empty when none is selected).
    void signInRequested(const QString &loginId);
    // W-AUTH for the selected account.
    void authenticateRequested(const QString &accountId);
    // W-REAUTH for the selected account ("View/Change" in its Authentication Status row).
    void reauthenticateRequested(const QString &accountId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadDetail();
    void showDetail();
    void retranslate();

    std::unique_ptr<Ui::HuaweiAccountsView> m_ui;
    AppContext *m_context;
    ListViewWidget *m_list;
    std::optional<HuaweiAccountDetail> m_detail;
    QString m_loadingId;
};

} // namespace oc::gui
