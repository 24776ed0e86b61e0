#pragma once

#include "core/Error.h"
#include "core/Listing.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

namespace oc::gui {

class AppContext;

// A table over one list view of the backend that never holds more than a window of it:
// rowCount() is the view's total, rows are fetched a page at a time when first shown
// (asynchronously; a placeholder is shown meanwhile) and far-away pages are dropped.
// Search, filters and sorting run in the backend (SQL), never in memory. The model
// refreshes itself when the backend reports a change of its view.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        LoadedRole
    };

    PagedTableModel(AppContext *context, const QString &view, QObject *parent = nullptr);

    QString view() const { return m_query.view; }
    // The columns shown, in order (keys of the view); all of them when empty.
    void setVisibleColumns(const QStringList &keys);
    QStringList visibleColumns() const { return m_visible; }
    void setSearch(const QString &text);
    QString search() const { return m_query.search; }
    // An invalid value removes the filter.
    void setFilter(const QString &key, const QVariant &value);
    QVariantMap filters() const { return m_query.filters; }
    // The query that produced the current rows (without paging), e.g. for export.
    ListQuery currentQuery() const;

    // Replaces how a column is shown (e.g. the Outbox renders a message from its kind and
    // parameters). The formatter sees the row's raw values through the model.
    using Formatter =
        std::function<QString(const PagedTableModel &model, int row, const QVariant &value)>;
    void setFormatter(const QString &key, Formatter formatter)
    {
        m_formatters.insert(key, std::move(formatter));
    }

    // Reads the first page and the total again (the first call starts the model: until
    // then it reads nothing, not even when its view changes — a list nobody has looked at
    // costs no query; ListViewWidget starts it when first shown).
    void refresh();
    bool isStarted() const { return m_started; }
    bool isLoading() const
    {
        return !m_inFlight.isEmpty() || !m_wanted.isEmpty() || m_awaitingTotal;
    }
    bool hasLoaded() const { return m_total >= 0; }
    qint64 total() const { return qMax<qint64>(0, m_total); }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = qMax(10, rows); }

    // A raw value of a loaded row (invalid while its page is loading).
    QVariant raw(int row, const QString &key) const;
    bool isRowLoaded(int row) const;
    ColumnInfo columnInfo(int column) const;
    // Every column of the view (known after the first page arrived).
    const QList<ColumnInfo> &allColumns() const { return m_columns; }
    int columnOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadingChanged(bool loading);
    void totalChanged(qint64 total);
    void errorOccurred(const oc::Error &error);
    // A page arrived (tests and screenshots wait for this).
    void pageLoaded(int page);
    // The rows are those of a new search, filter or order (not the same query read again):
    // a view shows their beginning.
    void queryChanged();

private:
    void requestPage(int page) const;
    void sendWantedPages();
    void pageArrived(quint64 generation, int page, const Result<ListPage> &result, int pages = 1);
    void scheduleRefresh();
    void retranslate();
    void setLoadingState(bool wasLoading);

    AppContext *m_context;
    ListQuery m_query;
    QStringList m_visible;
    QList<ColumnInfo> m_columns; // all columns of the view, known after the first page
    qint64 m_total = -1;
    bool m_started = false;
    int m_pageSize = 100;
    quint64 m_generation = 0;
    bool m_awaitingTotal = false;
    // The search, a filter or the order changed since the rows shown were read: the next
    // rows are other rows, even when as many (the model is reset, not its data changed).
    bool m_queryChanged = false;
    mutable QHash<int, QList<QVariantList>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    // Pages asked for while painting, not sent yet, most recently asked last (issue 20): a
    // fast scroll asks for every page it passes, and reading them all would keep the one in
    // view waiting behind them. The newest go first, a few at a time; older ones are
    // dropped, their rows reported changed so that a view still showing them asks again.
    mutable QList<int> m_wanted;
    mutable QSet<int> m_inFlight; // the pages of the one read in flight
    mutable QList<int> m_dropped;
    mutable bool m_sendScheduled = false;
    static constexpr int MaxWantedPages = 4;
    static constexpr int MaxPagesPerRead = MaxWantedPages;
    QTimer m_refreshTimer;
    QHash<QString, Formatter> m_formatters;
    static constexpr int MaxCachedPages = 64;
};

} // namespace oc::gui
