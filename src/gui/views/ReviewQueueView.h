#pragma once

#include "contract/BackendTypes.h"

#include <QWidget>

#include <memory>

namespace Ui {
class ReviewQueueView;
}

class QPushButton;

namespace oc::gui {

class AppContext;
class ListViewWidget;

// The review queue (my-account.md D.3; R-AUTH-4, R-AUTH-8): the operator, acting as
// Huawei's reviewer, sees every real-name authentication request — pending first, with the
// date its review is due — and the selected one's data and material thumbnails beside the
// reviewer's checklist; Approve, or Reject with a reason.
class ReviewQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueueView(AppContext *context, QWidget *parent = nullptr);
    ~ReviewQueueView() override;

    ListViewWidget *list() const { return m_list; }
    const std::optional<AuthenticationRecord> &current() const { return m_record; }
    void approve();
    void reject();

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadRecord();
    void showRecord();
    void retranslate();

    std::unique_ptr<Ui::ReviewQueueView> m_ui;
    AppContext *m_context;
    ListViewWidget *m_list;
    QPushButton *m_approve;
    QPushButton *m_reject;
    std::optional<AuthenticationRecord> m_record;
    qint64 m_loadingId = 0;
};

} // namespace oc::gui
