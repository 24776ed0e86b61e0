#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;

namespace Ui {
class EditInformationDialog;
}

namespace oc::gui {

class AppContext;
class FieldBinder;
class MaterialField;
class WizardState;

// D-EDIT-INFO "Edit Information" (my-account.md §5.5, §5.8, §5.9, D.2): the tenant's
// information in the seed's order —
//  - Account Type (R-ACC-6: individual -> enterprise only before authentication, enterprise
//    -> individual never, fixed once authentication was submitted) and the name of that type
//    (R-ACC-9: read-only once authentication was submitted);
//  - Qualification Name (a list), Qualification Proof (DOC, DOCX, JPG, PNG, PDF or ODT of at
//    most 5 MB, judged by its content the moment it is chosen) and Tax Identification Number
//    (R-ACC-11); Designation;
//  - the contact address, Country/region read-only (R-ACC-12);
//  - Payment Currency, Industry and, for an industry that has them, a secondary industry
//    (R-ACC-12, R-ACC-13).
// OK saves the whole form through the backend (editInformation); each refusal shows under
// the field it names and the entries are kept. The long form scrolls. Everything shown comes
// from `detail`: the constructor loads nothing.
class EditInformationDialog : public QDialog
{
    Q_OBJECT
public:
    EditInformationDialog(AppContext *context, const HuaweiAccountDetail &detail,
                          QWidget *parent = nullptr);
    ~EditInformationDialog() override;

    // The account as saved (after accept()).
    std::optional<HuaweiAccount> result() const { return m_result; }
    // The sentence the view shows after OK, in the current language (after accept()).
    QString successMessage() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    AccountType chosenType() const;
    // Whether real-name authentication was submitted or approved (R-ACC-6, R-ACC-9).
    bool authenticationSubmitted() const;
    void fillLists();
    void fillSecondaries(const QString &industry);
    void updateType();
    void updateSecondary();
    std::optional<Error> proofProblem(const MaterialUpload &upload) const;
    QList<Error> localErrors() const;
    EditInformationRequest request() const;
    void focusFirstError();
    void showPageError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::EditInformationDialog> m_ui;
    AppContext *m_context;
    HuaweiAccountDetail m_detail;
    WizardState *m_state;
    FieldBinder *m_binder;
    QButtonGroup *m_type;
    MaterialField *m_proof;
    std::optional<MaterialUpload> m_newProof; // a file chosen here; none: the stored one stays
    QStringList m_errorKeys;                  // the fields whose refusals show under them
    std::optional<Error> m_pageError;
    std::optional<HuaweiAccount> m_result;
};

} // namespace oc::gui
