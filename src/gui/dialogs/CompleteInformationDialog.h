#pragma once

#include "contract/BackendTypes.h"
#include "core/Error.h"

#include <QDialog>

#include <memory>
#include <optional>

class QButtonGroup;

namespace Ui {
class CompleteInformationDialog;
}

namespace oc::gui {

class AppContext;
class FieldBinder;
class WizardState;

// D-COMPLETE-INFO (my-account.md §5.4, D.2): offered only while the account type is unset
// (R-ACC-10). The account type (Individual / Enterprise) and the name that goes with it — the
// full name of a person or the enterprise's name — both required; OK sets them through the
// backend (completeInformation). A refusal shows next to its field and keeps the entries.
// Everything shown comes from `detail`: the constructor loads nothing.
class CompleteInformationDialog : public QDialog
{
    Q_OBJECT
public:
    CompleteInformationDialog(AppContext *context, const HuaweiAccountDetail &detail,
                              QWidget *parent = nullptr);
    ~CompleteInformationDialog() override;

    // The account as completed (after accept()).
    std::optional<HuaweiAccount> result() const { return m_result; }
    // The sentence the view shows after OK, in the current language (after accept()).
    QString successMessage() const;
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    AccountType chosenType() const;
    QList<Error> localErrors() const;
    void showPageError(const Error &error);
    void retranslate();

    std::unique_ptr<Ui::CompleteInformationDialog> m_ui;
    AppContext *m_context;
    HuaweiAccount m_account;
    WizardState *m_state;
    FieldBinder *m_binder;
    QButtonGroup *m_type;
    std::optional<Error> m_pageError;
    std::optional<HuaweiAccount> m_result;
};

} // namespace oc::gui
