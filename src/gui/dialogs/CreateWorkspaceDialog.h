#pragma once

#include "core/Error.h"
#include "contract/BackendTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CreateWorkspaceDialog;
}

class QButtonGroup;
class QDialogButtonBox;

namespace oc::gui {

class AppContext;
class CodeField;
class FieldBinder;
class WizardState;

// "Create workspace" in W-LOGIN (seed 002): with an existing Guance account (workspace name,
// language with its immutability warning, the account's email, code, terms) or registering
// one (also username, password + confirm, optional mobile). The workspace is created on the
// site chosen for this flow (R-WS-3) and settles through the owner's Huawei account.
class CreateWorkspaceDialog : public QDialog
{
    Q_OBJECT
public:
    CreateWorkspaceDialog(AppContext *context, qint64 memberId, qint64 feeCenterAccountId,
                          const QString &site, QWidget *parent = nullptr);
    ~CreateWorkspaceDialog() override;

    std::optional<Workspace> workspace() const { return m_created; }
    CodeField *codeField() const { return m_code; }
    void accept() override;

private:
    void updateVariant();
    void retranslate();
    QList<Error> localErrors() const;
    bool registering() const;

    std::unique_ptr<Ui::CreateWorkspaceDialog> m_ui;
    AppContext *m_context;
    qint64 m_memberId;
    qint64 m_feeCenterAccountId;
    QString m_site;
    WizardState *m_state;
    FieldBinder *m_binder;
    QButtonGroup *m_variant;
    QButtonGroup *m_language;
    CodeField *m_code;
    QDialogButtonBox *m_buttons;
    std::optional<Workspace> m_created;
};

} // namespace oc::gui
