#include "PagedTableModel.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"
#include "gui/LanguageManager.h"

#include <QBrush>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

#include <utility>

namespace oc::gui {

PagedTableModel::PagedTableModel(AppContext *context, const QString &view, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    m_query.view = view;
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(120); // coalesce bursts of change notifications
    connect(&m_refreshTimer, &QTimer::timeout, this, &PagedTableModel::refresh);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (m_started && views.contains(m_query.view))
            scheduleRefresh();
    });
    connect(context->language(), &LanguageManager::languageChanged, this,
            &PagedTableModel::retranslate);
    connect(context, &AppContext::brandChanged, this, &PagedTableModel::retranslate);
}

void PagedTableModel::setVisibleColumns(const QStringList &keys)
{
    beginResetModel();
    m_visible = keys;
    endResetModel();
}

void PagedTableModel::setSearch(const QString &text)
{
    if (text == m_query.search)
        return;
    m_query.search = text;
    m_queryChanged = true;
    refresh();
}

void PagedTableModel::setFilter(const QString &key, const QVariant &value)
{
    if (!value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (!m_query.filters.contains(key))
            return;
        m_query.filters.remove(key);
    } else {
        if (m_query.filters.value(key) == value)
            return;
        m_query.filters.insert(key, value);
    }
    m_queryChanged = true;
    refresh();
}

ListQuery PagedTableModel::currentQuery() const
{
    ListQuery query = m_query;
    query.offset = 0;
    query.limit = 0;
    query.withTotal = true;
    return query;
}

void PagedTableModel::scheduleRefresh()
{
    m_refreshTimer.start();
}

void PagedTableModel::setLoadingState(bool wasLoading)
{
    if (wasLoading != isLoading())
        emit loadingChanged(isLoading());
}

void PagedTableModel::refresh()
{
    const bool wasLoading = isLoading();
    m_started = true;
    m_refreshTimer.stop();
    ++m_generation;
    m_wanted.clear();
    m_inFlight.clear();
    m_dropped.clear();
    m_awaitingTotal = true;
    ListQuery query = m_query;
    query.offset = 0;
    query.limit = m_pageSize;
    query.withTotal = true;
    const quint64 generation = m_generation;
    onFinished(m_context->backend()->list(query), this,
               [this, generation](const Result<ListPage> &result) {
                   pageArrived(generation, -1, result);
               });
    setLoadingState(wasLoading);
}

void PagedTableModel::requestPage(int page) const
{
    // Asked for every cell of the page's rows: once is enough.
    if (m_inFlight.contains(page) || m_awaitingTotal ||
        (!m_wanted.isEmpty() && m_wanted.last() == page))
        return;
    auto *self = const_cast<PagedTableModel *>(this);
    const bool wasLoading = isLoading();
    m_wanted.removeOne(page);
    m_wanted.append(page);
    while (m_wanted.size() > MaxWantedPages)
        m_dropped.append(m_wanted.takeFirst());
    if (m_sendScheduled)
        return;
    m_sendScheduled = true;
    // data() is const and may be called while painting: send and report the state later,
    // when the paint is over (and has asked for every page in view).
    QMetaObject::invokeMethod(
        self,
        [self, wasLoading] {
            self->m_sendScheduled = false;
            self->sendWantedPages();
            self->setLoadingState(wasLoading);
        },
        Qt::QueuedConnection);
}

void PagedTableModel::sendWantedPages()
{
    // One read in flight at a time: the newest wanted page, and its wanted neighbours.
    while (m_inFlight.isEmpty() && !m_wanted.isEmpty()) {
        const int page = m_wanted.takeLast();
        if (m_pages.contains(page))
            continue;
        // The wanted pages next to it (a view across a page boundary asks for two) come in
        // the same read: far into a large list each read skips as many rows as its offset,
        // so two neighbours read apart cost twice a jump there (issue 20).
        const auto wanted = [this](int neighbour) {
            return neighbour >= 0 && m_wanted.contains(neighbour) && !m_pages.contains(neighbour);
        };
        int first = page;
        int last = page;
        while (last - first + 1 < MaxPagesPerRead && wanted(first - 1))
            --first;
        while (last - first + 1 < MaxPagesPerRead && wanted(last + 1))
            ++last;
        for (int p = first; p <= last; ++p) {
            m_wanted.removeOne(p);
            m_inFlight.insert(p);
        }
        ListQuery query = m_query;
        query.offset = first * m_pageSize;
        query.limit = (last - first + 1) * m_pageSize;
        query.withTotal = false;
        query.knownTotal = m_total;
        const quint64 generation = m_generation;
        const int pages = last - first + 1;
        onFinished(m_context->backend()->list(query), this,
                   [this, generation, first, pages](const Result<ListPage> &result) {
                       pageArrived(generation, first, result, pages);
                   });
    }
    // Rows of dropped pages: a view that still shows them asks for them again.
    for (const int page : std::exchange(m_dropped, {})) {
        const int first = page * m_pageSize;
        const int last = int(qMin<qint64>(qint64(first) + m_pageSize, m_total)) - 1;
        if (last >= first && !m_pages.contains(page))
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
}

void PagedTableModel::pageArrived(quint64 generation, int page, const Result<ListPage> &result,
                                  int pages)
{
    if (generation != m_generation)
        return; // an answer to a query that has since changed
    const bool wasLoading = isLoading();
    if (!result.ok()) {
        for (int i = 0; i < pages; ++i)
            m_inFlight.remove(page + i);
        if (page < 0)
            m_awaitingTotal = false;
        sendWantedPages();
        setLoadingState(wasLoading);
        emit errorOccurred(result.error());
        return;
    }
    const ListPage &data = *result;
    if (page < 0) {
        // A refresh: page 0 and the total. Rows of another query are other rows: a reset,
        // so that a selection does not stay on a row number that now holds another record.
        m_awaitingTotal = false;
        const bool queryChanged = std::exchange(m_queryChanged, false);
        const bool shapeChanged = data.total != m_total || m_columns.isEmpty() || queryChanged;
        if (shapeChanged)
            beginResetModel();
        if (m_columns.isEmpty() && !data.columns.isEmpty())
            m_columns = data.columns;
        m_pages.clear();
        m_recent.clear();
        m_pages.insert(0, data.rows);
        m_recent.append(0);
        const qint64 oldTotal = m_total;
        m_total = data.total;
        if (shapeChanged)
            endResetModel();
        else if (m_total > 0)
            emit dataChanged(index(0, 0), index(int(m_total) - 1, columnCount() - 1));
        if (oldTotal != m_total)
            emit totalChanged(m_total);
        if (queryChanged)
            emit this->queryChanged();
        emit pageLoaded(0);
        setLoadingState(wasLoading);
        return;
    }
    // `pages` pages from `page` on, in one read: each is kept (and reported) on its own.
    for (int i = 0; i < pages; ++i) {
        const int current = page + i;
        m_inFlight.remove(current);
        const qsizetype from = qsizetype(i) * m_pageSize;
        m_pages.insert(current, from < data.rows.size() ? data.rows.mid(from, m_pageSize)
                                                        : QList<QVariantList>());
        m_recent.removeAll(current);
        m_recent.append(current);
    }
    while (m_recent.size() > MaxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    for (int i = 0; i < pages; ++i) {
        const int first = (page + i) * m_pageSize;
        const int last = qMin<qint64>(first + m_pageSize, m_total) - 1;
        if (last >= first)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit pageLoaded(page + i);
    }
    sendWantedPages();
    setLoadingState(wasLoading);
}

void PagedTableModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

bool PagedTableModel::isRowLoaded(int row) const
{
    return m_pages.contains(row / m_pageSize);
}

QVariant PagedTableModel::raw(int row, const QString &key) const
{
    const auto page = m_pages.constFind(row / m_pageSize);
    if (page == m_pages.constEnd())
        return {};
    const int offset = row % m_pageSize;
    if (offset >= page->size())
        return {};
    const int column = columnIndex(m_columns, key);
    return column < 0 ? QVariant() : page->at(offset).value(column);
}

ColumnInfo PagedTableModel::columnInfo(int column) const
{
    const QString key = m_visible.isEmpty()
                            ? (column < m_columns.size() ? m_columns.at(column).key : QString())
                            : m_visible.value(column);
    const int found = columnIndex(m_columns, key);
    return found < 0 ? ColumnInfo{key, ColumnKind::Text, {}} : m_columns.at(found);
}

int PagedTableModel::columnOf(const QString &key) const
{
    if (!m_visible.isEmpty())
        return int(m_visible.indexOf(key));
    return columnIndex(m_columns, key);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(qMax<qint64>(0, m_total));
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_visible.isEmpty() ? int(m_columns.size()) : int(m_visible.size());
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int page = index.row() / m_pageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.constEnd()) {
        requestPage(page);
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        if (role == LoadedRole)
            return false;
        return {};
    }
    if (role == LoadedRole)
        return true;
    const ColumnInfo info = columnInfo(index.column());
    const QVariant value = raw(index.row(), info.key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const auto formatter = m_formatters.constFind(info.key);
        const QString text =
            formatter != m_formatters.constEnd()
                ? (*formatter)(*this, index.row(), value)
                : DomainText::cell(info, value, m_context->brand(), m_context->displayZone());
        if (role == Qt::ToolTipRole)
            return text.size() > 24 ? text : QVariant();
        return text;
    }
    case RawRole:
        return value;
    case Qt::TextAlignmentRole:
        if (info.kind == ColumnKind::Money || info.kind == ColumnKind::Integer)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (info.kind == ColumnKind::Id)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::ForegroundRole:
        if (info.kind == ColumnKind::Enum) {
            const QString v = value.toString();
            if (v == u"locked" || v == u"closed" || v == u"expired" || v == u"rejected" ||
                v == u"frozen")
                return QBrush(QColor(0xb0, 0x1e, 0x1e));
            if (v == u"provisioning" || v == u"creating" || v == u"pending")
                return QBrush(QColor(0x9a, 0x5b, 0x00));
        }
        return {};
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return DomainText::columnHeader(m_query.view, columnInfo(section).key);
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return QAbstractTableModel::headerData(section, orientation, role);
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    const QString key = columnInfo(column).key;
    if (key.isEmpty())
        return;
    const bool descending = order == Qt::DescendingOrder;
    if (key == m_query.sortColumn && descending == m_query.descending)
        return;
    m_query.sortColumn = key;
    m_query.descending = descending;
    m_queryChanged = true;
    refresh();
}

} // namespace oc::gui
