#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace oc::gui {

class AppContext;
class WizardState;

// Binds a page's widgets to state keys both ways, and each key's error to a label under
// its field (shown in red, the field marked invalid for assistive technology too).
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    FieldBinder(AppContext *context, WizardState *state, QObject *parent = nullptr);

    void bind(const QString &key, QLineEdit *edit, bool trim = false);
    void bind(const QString &key, QComboBox *combo); // by item data
    void bind(const QString &key, QCheckBox *check);
    void bind(const QString &key, QSpinBox *spin);
    // Radio buttons: `group` ids are indexes into `values`.
    void bind(const QString &key, QButtonGroup *group, const QStringList &values);
    // Shows the key's error in `label` (and marks `field`, default the bound widget).
    void bindError(const QString &key, QLabel *label, QWidget *field = nullptr);

    // Writes the state into the widgets (initializePage after Back, after a draft).
    void load();
    // The widget of the first field with an error, in binding order (to give it focus).
    QWidget *firstWidgetWithError() const;
    QWidget *widgetOf(const QString &key) const { return m_widgets.value(key); }
    QStringList keys() const { return m_order; }

private:
    void showError(const QString &key);
    void load(const QString &key);

    AppContext *m_context;
    WizardState *m_state;
    QStringList m_order;
    QHash<QString, QPointer<QWidget>> m_widgets;
    QHash<QString, QPointer<QLabel>> m_errorLabels;
    QHash<QString, QPointer<QWidget>> m_errorFields;
    QHash<QString, QStringList> m_radioValues;
    QHash<QString, QButtonGroup *> m_groups;
    bool m_loading = false;
};

} // namespace oc::gui
