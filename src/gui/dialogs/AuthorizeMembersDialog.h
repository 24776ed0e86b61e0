#pragma once

#include "contract/BackendTypes.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;

namespace oc::gui {

class AppContext;
class MemberChecklist;

// App authorization outside the wizard (Joint Operations view, "authorize a new member
// later"): check members, accept the terms, confirm (R-BND-4).
class AuthorizeMembersDialog : public QDialog
{
    Q_OBJECT
public:
    AuthorizeMembersDialog(AppContext *context, const OrganizationDetail &organization,
                           qint64 bindingId, QWidget *parent = nullptr);

    std::optional<AuthorizationResult> result() const { return m_result; }
    void accept() override;

private:
    void updateButtons();

    AppContext *m_context;
    qint64 m_bindingId;
    MemberChecklist *m_members;
    QCheckBox *m_terms;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<AuthorizationResult> m_result;
};

} // namespace oc::gui
