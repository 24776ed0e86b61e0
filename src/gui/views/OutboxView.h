#pragma once

#include "TabbedListsView.h"

class QLabel;

namespace oc::gui {

// Outbox: every email and SMS the system "sent", newest first.
class OutboxView : public TabbedListsView
{
    Q_OBJECT
public:
    explicit OutboxView(AppContext *context, QWidget *parent = nullptr);

protected:
    void retranslate() override;

private:
    void showMessage();
    QLabel *m_message = nullptr;
};

} // namespace oc::gui
