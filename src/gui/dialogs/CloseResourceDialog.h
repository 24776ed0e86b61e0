#pragma once

#include "contract/BackendTypes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace oc::gui {

class AppContext;

// W-CANCEL: "More > Close resource" on a purchased service (seed 000 #cancel). The
// confirmation lists the workspaces that closing will lock (R-SET-5) before anything
// happens; on confirm the instance is closed and they are locked in one transaction.
class CloseResourceDialog : public QDialog
{
    Q_OBJECT
public:
    CloseResourceDialog(AppContext *context, const QString &instanceId, QWidget *parent = nullptr);

    std::optional<CloseResourceResult> result() const { return m_result; }
    void accept() override;

private:
    void loadPreview();

    AppContext *m_context;
    QString m_instanceId;
    QLabel *m_text;
    QListWidget *m_workspaces;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<CloseResourceResult> m_result;
};

} // namespace oc::gui
