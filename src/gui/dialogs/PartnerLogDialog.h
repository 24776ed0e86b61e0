#pragma once

#include "contract/BackendTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PartnerLogDialog;
}

namespace oc::gui {

class AppContext;

// My Partner's More Operations > Operation Log (my-account.md §6.2.1, D.3; R-PTN-7): every step
// of the association (associated, budget set, disassociation requested, refused, ...), newest
// first, with who did it. Read-only: everything comes from the detail passed in.
class PartnerLogDialog : public QDialog
{
    Q_OBJECT
public:
    PartnerLogDialog(AppContext *context, const HuaweiAccountDetail &detail,
                     QWidget *parent = nullptr);
    ~PartnerLogDialog() override;

    // Nothing changes here: no success sentence.
    QString successMessage() const { return {}; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    std::unique_ptr<Ui::PartnerLogDialog> m_ui;
    AppContext *m_context;
    QString m_partnerName;
    QList<PartnerLogEntry> m_log;
};

} // namespace oc::gui
