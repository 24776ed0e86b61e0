#pragma once

#include "gui/models/PagedTableModel.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace Ui {
class ListView;
}

namespace oc::gui {

class AppContext;

// One list of the console: search, filters, a lazily loaded table over a backend view,
// a count, Refresh and CSV export, and an empty state that says why nothing is shown.
// Texts are given as functions so that they are re-evaluated on a language change.
class ListViewWidget : public QWidget
{
    Q_OBJECT
public:
    using Text = std::function<QString()>;

    ListViewWidget(AppContext *context, const QString &view, const QStringList &columns,
                   QWidget *parent = nullptr);
    ~ListViewWidget() override;

    PagedTableModel *model() const { return m_model; }
    QTableView *table() const;

    // The table's accessible name ("Purchased services").
    void setTitle(Text title);
    // What to say when the view is empty: without search/filters, and with them.
    void setEmptyTexts(Text noData, Text noMatch);
    // A filter combo on `key`: the first entry (all) clears the filter.
    struct Option
    {
        QVariant value;
        Text label;
    };
    // A filter option that is a value of one of the domain's enumerations (core/ListNames.h),
    // labelled in the current language.
    static Option enumOption(const char *value, QLatin1StringView enumeration);
    void addFilter(const QString &key, Text label, Text allLabel, const QList<Option> &options);
    // Fixed filter (not shown), e.g. the selected owner.
    void setFixedFilter(const QString &key, const QVariant &value);
    // A button next to Refresh for an action on the list (e.g. "Buy…"); `button` when the
    // action needs a button of its own kind (a MenuButton), else a QPushButton.
    QPushButton *addAction(const QString &objectName, Text label, QPushButton *button = nullptr);
    void setExportEnabled(bool enabled);
    // Selects and scrolls to the first row whose `key` equals `value` once it is loaded.
    void selectWhere(const QString &key, const QVariant &value);

    int currentRow() const;
    QVariant currentValue(const QString &key) const;

    void refresh() { m_model->refresh(); }

signals:
    void currentRowChanged(int row);
    void rowActivated(int row);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void orderTabs();
    void retranslate();
    void updateState();
    void exportCsv();
    void copyCurrent(bool wholeRow);
    void sizeColumns();

    struct Filter
    {
        QString key;
        Text label;
        Text allLabel;
        QList<Option> options;
        QLabel *labelWidget = nullptr;
        QComboBox *combo = nullptr;
    };

    std::unique_ptr<Ui::ListView> m_ui;
    AppContext *m_context;
    PagedTableModel *m_model;
    Text m_title;
    Text m_noData;
    Text m_noMatch;
    QList<Filter> m_filters;
    QList<std::pair<QPushButton *, Text>> m_actions;
    QAction *m_copyAction = nullptr;
    QAction *m_copyRowAction = nullptr;
    std::optional<Error> m_error;
    QString m_pendingSelectKey;
    QVariant m_pendingSelectValue;
    bool m_columnsSized = false;
};

} // namespace oc::gui
