#include "TabbedListsView.h"

#include "gui/widgets/RecordPicker.h"
#include "ui_TabbedListsView.h"

namespace oc::gui {

TabbedListsView::TabbedListsView(AppContext *context, const QString &objectName, Text title,
                                 QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TabbedListsView>())
    , m_context(context)
    , m_title(std::move(title))
{
    m_ui->setupUi(this);
    setObjectName(objectName);
    m_ui->tabs->setObjectName(objectName + QStringLiteral("Tabs"));
    m_ui->pickerLabel->hide();
    m_ui->summaryLabel->hide();
    TabbedListsView::retranslate();
}

TabbedListsView::~TabbedListsView() = default;

QTabWidget *TabbedListsView::tabs() const
{
    return m_ui->tabs;
}

void TabbedListsView::setPicker(RecordPicker *picker, Text label)
{
    m_picker = picker;
    m_pickerLabel = std::move(label);
    m_ui->pickerSlot->addWidget(picker);
    m_ui->pickerLabel->setBuddy(picker);
    m_ui->pickerLabel->show();
    setTabOrder(picker, m_ui->tabs); // above the tabs, so first
    connect(picker, &RecordPicker::recordChanged, this, &TabbedListsView::applyPicker);
    retranslate();
}

ListViewWidget *TabbedListsView::addList(const QString &view, const QStringList &columns,
                                         Text tabTitle, const QString &pickerKey)
{
    auto *widget = new ListViewWidget(m_context, view, columns, this);
    widget->setTitle(tabTitle);
    m_lists.append({widget, std::move(tabTitle), pickerKey});
    m_ui->tabs->addTab(widget, QString());
    retranslate();
    applyPicker();
    return widget;
}

void TabbedListsView::addPage(QWidget *page, Text tabTitle)
{
    m_pages.append({page, std::move(tabTitle)});
    m_ui->tabs->insertTab(int(m_pages.size()) - 1, page, QString());
    retranslate();
}

ListViewWidget *TabbedListsView::list(const QString &view) const
{
    for (const Entry &entry : m_lists)
        if (entry.widget->model()->view() == view)
            return entry.widget;
    return nullptr;
}

void TabbedListsView::showList(const QString &view)
{
    if (ListViewWidget *widget = list(view))
        m_ui->tabs->setCurrentWidget(widget);
}

void TabbedListsView::setSummary(const QString &text)
{
    m_ui->summaryLabel->setText(text);
    m_ui->summaryLabel->setVisible(!text.isEmpty());
}

void TabbedListsView::setDetailWidget(QWidget *widget)
{
    m_ui->mainLayout->addWidget(widget);
}

void TabbedListsView::applyPicker()
{
    if (!m_picker)
        return;
    for (const Entry &entry : std::as_const(m_lists))
        if (!entry.pickerKey.isEmpty())
            entry.widget->setFixedFilter(entry.pickerKey, m_picker->recordId());
}

void TabbedListsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TabbedListsView::retranslate()
{
    m_ui->titleLabel->setText(m_title ? m_title() : QString());
    m_ui->tabs->setAccessibleName(m_title ? m_title() : QString());
    if (m_picker && m_pickerLabel) {
        m_ui->pickerLabel->setText(m_pickerLabel());
        m_picker->setAccessibleName(
            QString(m_pickerLabel()).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    for (const auto &[page, title] : m_pages)
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(page), title());
    for (const Entry &entry : std::as_const(m_lists))
        m_ui->tabs->setTabText(m_ui->tabs->indexOf(entry.widget), entry.tabTitle());
}

} // namespace oc::gui
