#pragma once

#include "ListViewWidget.h"

#include <QWidget>

#include <memory>

class QTabWidget;

namespace Ui {
class TabbedListsView;
}

namespace oc::gui {

class AppContext;
class RecordPicker;

// A page of the main window made of a title, an optional record picker (the customer, the
// fee-center account) that narrows every list, and one tab per list view.
class TabbedListsView : public QWidget
{
    Q_OBJECT
public:
    using Text = ListViewWidget::Text;

    TabbedListsView(AppContext *context, const QString &objectName, Text title,
                    QWidget *parent = nullptr);
    ~TabbedListsView() override;

    // Adds a picker; each list added with a `pickerKey` is filtered by its value.
    void setPicker(RecordPicker *picker, Text label);
    RecordPicker *picker() const { return m_picker; }
    ListViewWidget *addList(const QString &view, const QStringList &columns, Text tabTitle,
                            const QString &pickerKey = {});
    // A tab that is not a list (e.g. the Billing Center's account overview), first.
    void addPage(QWidget *page, Text tabTitle);
    ListViewWidget *list(int index) const { return m_lists.value(index).widget; }
    ListViewWidget *list(const QString &view) const;
    void showList(const QString &view);
    QTabWidget *tabs() const;
    void setSummary(const QString &text);
    // A widget under the tabs (e.g. the selected message in full).
    void setDetailWidget(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;
    AppContext *context() const { return m_context; }
    virtual void retranslate();

private:
    void applyPicker();

    struct Entry
    {
        ListViewWidget *widget;
        Text tabTitle;
        QString pickerKey;
    };
    std::unique_ptr<Ui::TabbedListsView> m_ui;
    AppContext *m_context;
    Text m_title;
    Text m_pickerLabel;
    RecordPicker *m_picker = nullptr;
    QList<Entry> m_lists;
    QList<std::pair<QWidget *, Text>> m_pages;
};

} // namespace oc::gui
