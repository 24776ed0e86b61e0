#pragma once

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

signals:
    void recordChanged(const QVariant &id);
    void loaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reload();

    AppContext *m_context;
    QString m_view;
    QString m_idKey;
    QString m_nameKey;
    bool m_allowAll;
    bool m_loaded = false;
    QVariant m_wanted; // selection to restore after a reload
};

} // namespace oc::gui
