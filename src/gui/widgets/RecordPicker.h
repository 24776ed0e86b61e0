#pragma once

#include "core/Error.h"

#include <QComboBox>

namespace oc::gui {

class AppContext;

// A combo box of the records of one backend view ("name — id"), loaded asynchronously and
// kept current. With `allowAll`, the first entry stands for "all" (an invalid id).
class RecordPicker : public QComboBox
{
    Q_OBJECT
public:
    RecordPicker(AppContext *context, const QString &view, const QString &idKey,
                 const QString &nameKey, bool allowAll, QWidget *parent = nullptr);

    // Huawei Cloud accounts: the most used picker.
    static RecordPicker *huaweiAccounts(AppContext *context, bool allowAll, QWidget *parent);
    static RecordPicker *feeCenterAccounts(AppContext *context, bool allowAll, QWidget *parent);

    // Invalid for "all" or before anything is loaded.
    QVariant recordId() const { return currentData(); }
    QString accountId() const { return currentData().toString(); }
    void setRecordId(const QVariant &id);
    bool isLoaded() const { return m_loaded; }
    // Loads the records again (also done by itself when the backend reports a change).
    void reload();

signals:
    void recordChanged(const QVariant &id);
    void loaded();
    // The records could not be loaded (e.g. the backend unreachable); reload() retries.
    void failed(const oc::Error &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    AppContext *m_context;
    QString m_view;
    QString m_idKey;
    QString m_nameKey;
    bool m_allowAll;
    bool m_loaded = false;
    QVariant m_wanted; // selection to restore after a reload
};

} // namespace oc::gui
