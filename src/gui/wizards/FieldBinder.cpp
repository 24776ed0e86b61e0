#include "FieldBinder.h"

#include "WizardState.h"
#include "gui/AppContext.h"
#include "gui/ErrorText.h"
#include "gui/FormRows.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QSpinBox>

namespace oc::gui {

FieldBinder::FieldBinder(AppContext *context, WizardState *state, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_state(state)
{
    connect(state, &WizardState::errorChanged, this, &FieldBinder::showError);
    connect(state, &WizardState::valueChanged, this, [this](const QString &key) {
        if (!m_loading && m_widgets.contains(key))
            load(key);
    });
}

void FieldBinder::bind(const QString &key, QLineEdit *edit, bool trim)
{
    m_order << key;
    m_widgets.insert(key, edit);
    // Every change of the text is taken, typed or not: an assistive tool (voice control,
    // automation) sets it through the accessibility interface without a keystroke.
    connect(edit, &QLineEdit::textChanged, this, [this, key, edit, trim] {
        if (m_loading)
            return;
        m_loading = true;
        m_state->setValue(key, trim ? edit->text().trimmed() : edit->text());
        m_loading = false;
    });
}

void FieldBinder::bind(const QString &key, QComboBox *combo)
{
    m_order << key;
    m_widgets.insert(key, combo);
    const auto store = [this, key, combo] {
        if (m_loading)
            return;
        m_loading = true;
        const QVariant data = combo->currentData();
        m_state->setValue(
            key, combo->isEditable() && !data.isValid() ? QVariant(combo->currentText()) : data);
        m_loading = false;
    };
    connect(combo, &QComboBox::currentIndexChanged, this, store);
    if (combo->isEditable())
        connect(combo, &QComboBox::editTextChanged, this, store);
}

void FieldBinder::bind(const QString &key, QCheckBox *check)
{
    m_order << key;
    m_widgets.insert(key, check);
    connect(check, &QCheckBox::toggled, this, [this, key](bool on) {
        if (m_loading)
            return;
        m_loading = true;
        m_state->setValue(key, on);
        m_loading = false;
    });
}

void FieldBinder::bind(const QString &key, QSpinBox *spin)
{
    m_order << key;
    m_widgets.insert(key, spin);
    connect(spin, &QSpinBox::valueChanged, this, [this, key](int value) {
        if (m_loading)
            return;
        m_loading = true;
        m_state->setValue(key, value);
        m_loading = false;
    });
}

void FieldBinder::bind(const QString &key, QButtonGroup *group, const QStringList &values)
{
    m_order << key;
    m_groups.insert(key, group);
    m_radioValues.insert(key, values);
    if (QAbstractButton *first = group->button(0))
        m_widgets.insert(key, first);
    connect(group, &QButtonGroup::idToggled, this, [this, key, values](int id, bool on) {
        if (m_loading || !on || id < 0 || id >= values.size())
            return;
        m_loading = true;
        m_state->setValue(key, values.at(id));
        m_loading = false;
    });
}

void FieldBinder::bindError(const QString &key, QLabel *label, QWidget *field)
{
    m_errorLabels.insert(key, label);
    if (field)
        m_errorFields.insert(key, field);
    showError(key);
}

void FieldBinder::load()
{
    for (const QString &key : std::as_const(m_order))
        load(key);
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        showError(it.key());
}

void FieldBinder::load(const QString &key)
{
    const QVariant value = m_state->value(key);
    m_loading = true;
    if (QButtonGroup *group = m_groups.value(key)) {
        const int id = int(m_radioValues.value(key).indexOf(value.toString()));
        if (QAbstractButton *button = group->button(id))
            button->setChecked(true);
    } else if (auto *edit = qobject_cast<QLineEdit *>(m_widgets.value(key))) {
        if (edit->text() != value.toString())
            edit->setText(value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(m_widgets.value(key))) {
        const int index = combo->findData(value);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else if (combo->isEditable())
            combo->setEditText(value.toString());
    } else if (auto *check = qobject_cast<QCheckBox *>(m_widgets.value(key))) {
        check->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(m_widgets.value(key))) {
        if (value.isValid())
            spin->setValue(value.toInt());
    }
    m_loading = false;
}

namespace {

// A message under its field is a row of its own in a form: shown and hidden as a row
// (FormRows), so that the rows after it keep their height.
void setMessageShown(QLabel *label, bool shown)
{
    if (QFormLayout *form = FormRows::formOf(label))
        FormRows::of(form)->show(label, shown);
    else
        label->setVisible(shown);
}

} // namespace

void FieldBinder::showError(const QString &key)
{
    QLabel *label = m_errorLabels.value(key);
    if (!label)
        return;
    const std::optional<Error> error = m_state->error(key);
    QWidget *field =
        m_errorFields.value(key) ? m_errorFields.value(key).data() : m_widgets.value(key).data();
    if (error) {
        const QString message = ErrorText::message(*error, m_context->brand());
        label->setText(message);
        setMessageShown(label, true);
        if (field) {
            // Marked for the eye (a tinted background) and for assistive technology.
            field->setProperty("invalid", true);
            field->setAccessibleDescription(message);
            QPalette palette = field->palette();
            palette.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
            field->setPalette(palette);
        }
    } else {
        label->clear();
        setMessageShown(label, false);
        if (field && field->property("invalid").toBool()) {
            field->setProperty("invalid", false);
            field->setAccessibleDescription(QString());
            field->setPalette(QPalette()); // back to the application's palette
        }
    }
}

QWidget *FieldBinder::firstWidgetWithError() const
{
    for (const QString &key : m_order)
        if (m_state->error(key))
            return m_errorFields.value(key) ? m_errorFields.value(key).data()
                                            : m_widgets.value(key).data();
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it)
        if (m_state->error(it.key()))
            return m_errorFields.value(it.key()).data();
    return nullptr;
}

} // namespace oc::gui
