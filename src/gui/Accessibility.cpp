#include "Accessibility.h"

#include "FormRows.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QScrollArea>
#include <QWidget>

namespace oc::gui {

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
        QString name = label->text();
        name.remove(QLatin1Char('&'));
        name.remove(QLatin1Char(':'));
        name.remove(QChar(0xFF1A)); // full-width colon
        field->setAccessibleName(name.trimmed());
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
