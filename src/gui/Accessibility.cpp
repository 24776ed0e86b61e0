#include "Accessibility.h"

#include "FormRows.h"

#include <QAccessibleWidget>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTextDocumentFragment>
#include <QWidget>

namespace oc::gui {

QString shownText(const QLabel *label)
{
    const QString text = label->text();
    if (label->textFormat() == Qt::RichText ||
        (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
        return QTextDocumentFragment::fromHtml(text).toPlainText();
    return text;
}

namespace {

// A label as a value: named by its caption (its accessible name), its value and
// description what it shows. Qt's own interface for labels exposes the name only.
class LabelValueAccessible final : public QAccessibleWidget
{
public:
    explicit LabelValueAccessible(QLabel *label)
        : QAccessibleWidget(label, QAccessible::StaticText)
    {}

    QString text(QAccessible::Text t) const override
    {
        const auto *label = static_cast<const QLabel *>(widget());
        switch (t) {
        case QAccessible::Name:
            return label->accessibleName().isEmpty() ? shownText(label) : label->accessibleName();
        case QAccessible::Value:
            return shownText(label);
        case QAccessible::Description:
            return label->accessibleDescription().isEmpty() ? shownText(label)
                                                            : label->accessibleDescription();
        default:
            return QAccessibleWidget::text(t);
        }
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.readOnly = true;
        return s;
    }
};

} // namespace

QString captionOf(const QLabel *label)
{
    QString name = label->text();
    name.remove(QLatin1Char('&'));
    name.remove(QLatin1Char(':'));
    name.remove(QChar(0xFF1A)); // full-width colon
    return name.trimmed();
}

void exposeLabelValue(QLabel *label)
{
    // The interface Qt would create for the label is replaced by ours once; the cache hands
    // out ours from then on.
    QAccessibleInterface *current = QAccessible::queryAccessibleInterface(label);
    if (current && dynamic_cast<LabelValueAccessible *>(current))
        return;
    if (current)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(current));
    QAccessible::registerAccessibleInterface(new LabelValueAccessible(label));
}

void nameFormFields(QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        auto *labelItem = form->itemAt(row, QFormLayout::LabelRole);
        auto *fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        if (!labelItem || !fieldItem)
            continue;
        auto *label = qobject_cast<QLabel *>(labelItem->widget());
        QWidget *field = fieldItem->widget();
        if (!label || !field)
            continue;
        const QString name = captionOf(label);
        field->setAccessibleName(name);
        if (auto *value = qobject_cast<QLabel *>(field))
            exposeLabelValue(value);
        else if (auto *combo = qobject_cast<QComboBox *>(field); combo && combo->lineEdit())
            combo->lineEdit()->setAccessibleName(name);
    }
}

namespace {

// Widens the dialog whenever its form needs more room than the scroll area gives it (a
// button whose text grows, a list that arrives), so that the form never scrolls sideways.
class FormWidthKeeper final : public QObject
{
public:
    FormWidthKeeper(QWidget *dialog, QWidget *formContents)
        : QObject(formContents)
        , m_dialog(dialog)
        , m_form(formContents)
    {
        formContents->installEventFilter(this);
        if (auto *area = qobject_cast<QScrollArea *>(formContents->parentWidget()->parentWidget()))
            area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_form && event->type() == QEvent::LayoutRequest)
            keepWidth();
        return false;
    }

    void keepWidth()
    {
        const QWidget *viewport = m_form->parentWidget();
        const int missing = m_form->minimumSizeHint().width() - viewport->width();
        if (missing > 0 && viewport->width() > 0)
            m_dialog->resize(m_dialog->width() + missing, m_dialog->height());
    }

private:
    QWidget *m_dialog;
    QWidget *m_form;
};

} // namespace

void fitDialogToForm(QWidget *dialog, QWidget *formContents, int minWidth)
{
    const QSize content = formContents->sizeHint();
    const QSize chrome = dialog->sizeHint() - formContents->parentWidget()->sizeHint();
    dialog->resize(qMax(minWidth, content.width() + 48),
                   qMin(680, content.height() + qMax(chrome.height(), 96)));
    new FormWidthKeeper(dialog, formContents);
}

void showFormRow(QFormLayout *form, QWidget *field, bool shown)
{
    FormRows::of(form)->show(field, shown);
}

void showFormRow(QFormLayout *form, QLayout *field, bool shown)
{
    FormRows::of(form)->show(field, shown);
}

void nameAllFormFields(QWidget *root)
{
    for (QFormLayout *form : root->findChildren<QFormLayout *>())
        nameFormFields(form);
}

} // namespace oc::gui
