#pragma once

#include "contract/BackendTypes.h"

#include <QListWidget>

namespace oc::gui {

// The members of an organization as check boxes, for app authorization (R-BND-4): members
// already authorized for the binding are shown checked and cannot be unchecked.
class MemberChecklist : public QListWidget
{
    Q_OBJECT
public:
    explicit MemberChecklist(QWidget *parent = nullptr);

    void load(const OrganizationDetail &detail, qint64 bindingId);
    // Members checked now and not authorized before.
    QList<qint64> newlyChecked() const;
    void setAllChecked(bool checked);
    bool hasNewlyChecked() const { return !newlyChecked().isEmpty(); }

signals:
    void selectionChanged();

protected:
    // What a person does with mouse and keys: selections made then are only selections.
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    // Qt's item views turn an assistive tool's "toggle" of an item into selecting or
    // unselecting it, not into its check box: a selection change that no mouse or key
    // made toggles the item's check box instead (issue 16).
    void toggleFromSelection(const QItemSelection &selected, const QItemSelection &deselected);

    int m_userInput = 0;
    bool m_loading = false;
    QList<int> m_pendingSelected;
    QList<int> m_pendingDeselected;
};

} // namespace oc::gui
