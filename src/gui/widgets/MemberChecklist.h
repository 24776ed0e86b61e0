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
};

} // namespace oc::gui
