#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>

namespace Ui {
class MemberDialog;
}

class QDialogButtonBox;

namespace oc::gui {

class AppContext;
class FieldBinder;
class WizardState;

// Add or edit a member of an organization (W-ORG step 2; also from the Joint Operations
// view): name, department (from the organization's tree, or a new one), mobile, email,
// account with its live login name account@abbreviation (R-ORG-6), and for a new member
// the initial password with a generator. Saving goes through the backend; a refusal is
// shown next to its field and the dialog stays open.
class MemberDialog : public QDialog
{
    Q_OBJECT
public:
    // `existing` edits that member; otherwise adds one, prefilled with `prefill`.
    MemberDialog(AppContext *context, const OrganizationDetail &organization,
                 const std::optional<Member> &existing, const std::optional<OwnerPrefill> &prefill,
                 QWidget *parent = nullptr);
    ~MemberDialog() override;

    // The saved member (after accept()).
    Member member() const { return m_saved; }
    // The initial password typed or generated (adding only), for the wizard's summary.
    QString initialPassword() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadDepartments(qint64 select);
    void addDepartment();
    void createDepartment(qint64 parent, const QString &name);
    void generatePassword();
    void updateLoginName();
    QList<Error> localErrors() const;

    std::unique_ptr<Ui::MemberDialog> m_ui;
    AppContext *m_context;
    OrganizationDetail m_organization;
    std::optional<Member> m_existing;
    WizardState *m_state;
    FieldBinder *m_binder;
    QDialogButtonBox *m_buttons;
    Member m_saved;
};

} // namespace oc::gui
