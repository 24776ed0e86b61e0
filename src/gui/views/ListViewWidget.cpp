#include "ListViewWidget.h"

#include "gui/AppContext.h"
#include "gui/CsvExport.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/views/CellDelegate.h"
#include "ui_ListView.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

ListViewWidget::Option ListViewWidget::enumOption(const char *value, QLatin1StringView enumeration)
{
    const QString v = QString::fromLatin1(value);
    return {v, [v, enumeration] { return DomainText::enumValue(enumeration, v); }};
}

ListViewWidget::ListViewWidget(AppContext *context, const QString &view, const QStringList &columns,
                               QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ListView>())
    , m_context(context)
    , m_model(new PagedTableModel(context, view, this))
{
    m_ui->setupUi(this);
    setObjectName(view + QStringLiteral("List"));
    m_model->setVisibleColumns(columns);

    QTableView *table = m_ui->table;
    table->setModel(m_model);
    table->setItemDelegate(new CellDelegate(table)); // a full table paints in a fraction
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setDefaultSectionSize(140);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->hide();
    table->setTabKeyNavigation(false);

    m_copyAction = new QAction(this);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_copyAction, &QAction::triggered, this, [this] { copyCurrent(false); });
    m_copyRowAction = new QAction(this);
    connect(m_copyRowAction, &QAction::triggered, this, [this] { copyCurrent(true); });
    table->addAction(m_copyAction);
    table->addAction(m_copyRowAction);

    const QString name = view;
    m_ui->searchEdit->setObjectName(name + QStringLiteral("Search"));
    m_ui->table->setObjectName(name + QStringLiteral("Table"));
    m_ui->refreshButton->setObjectName(name + QStringLiteral("Refresh"));
    m_ui->exportButton->setObjectName(name + QStringLiteral("Export"));

    // Typing searches after a short pause (the query runs in the backend).
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(250);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_ui->searchEdit->text()); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this, searchTimer] {
        searchTimer->stop();
        m_model->setSearch(m_ui->searchEdit->text());
    });
    connect(m_ui->refreshButton, &QToolButton::clicked, m_model, &PagedTableModel::refresh);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        // The error goes; "Loading…" shows until the list answers again.
        m_error.reset();
        m_model->refresh();
        updateState();
    });
    connect(m_ui->exportButton, &QToolButton::clicked, this, &ListViewWidget::exportCsv);

    // A new search, filter or order starts at its first row (the row in view before is
    // another record now; and reading the new order's middle page would be wasted).
    connect(m_model, &PagedTableModel::queryChanged, table, &QTableView::scrollToTop);
    connect(m_model, &PagedTableModel::totalChanged, this, &ListViewWidget::updateState);
    connect(m_model, &PagedTableModel::loadingChanged, this, &ListViewWidget::updateState);
    connect(m_model, &PagedTableModel::pageLoaded, this, [this](int page) {
        m_error.reset();
        updateState();
        if (page == 0 && !m_columnsSized && m_model->total() > 0)
            sizeColumns();
        if (!m_pendingSelectKey.isEmpty())
            selectWhere(m_pendingSelectKey, m_pendingSelectValue);
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, [this](const Error &error) {
        m_error = error;
        updateState();
    });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { emit currentRowChanged(currentRow()); });
    connect(table, &QTableView::activated, this,
            [this](const QModelIndex &index) { emit rowActivated(index.row()); });

    retranslate();
    // The first page is read when the list is first shown (showEvent), not here: a page of
    // tabs builds every list at once, and at a million rows the hidden ones would keep the
    // shown one waiting behind their reads (issue 20).
}

void ListViewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_model->isStarted())
        m_model->refresh();
}

ListViewWidget::~ListViewWidget() = default;

QTableView *ListViewWidget::table() const
{
    return m_ui->table;
}

void ListViewWidget::setTitle(Text title)
{
    m_title = std::move(title);
    retranslate();
}

void ListViewWidget::setEmptyTexts(Text noData, Text noMatch)
{
    m_noData = std::move(noData);
    m_noMatch = std::move(noMatch);
    updateState();
}

void ListViewWidget::addFilter(const QString &key, Text label, Text allLabel,
                               const QList<Option> &options)
{
    Filter filter{key, std::move(label), std::move(allLabel), options};
    filter.labelWidget = new QLabel(this);
    filter.combo = new QComboBox(this);
    filter.combo->setObjectName(m_model->view() + QStringLiteral("Filter_") + key);
    filter.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filter.labelWidget->setBuddy(filter.combo);
    m_ui->filterLayout->addWidget(filter.labelWidget);
    m_ui->filterLayout->addWidget(filter.combo);
    QComboBox *combo = filter.combo;
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key, combo](int index) {
        m_model->setFilter(key, index <= 0 ? QVariant() : combo->itemData(index));
    });
    m_filters.append(filter);
    orderTabs();
    retranslate();
}

void ListViewWidget::orderTabs()
{
    // Tab goes along the top row as it is laid out (search, filters, actions, refresh,
    // export), then into the table: filters and actions added later would come last.
    QList<QWidget *> order{m_ui->searchEdit};
    for (const Filter &filter : std::as_const(m_filters))
        order << filter.combo;
    for (const auto &action : std::as_const(m_actions))
        order << action.first;
    order << m_ui->refreshButton << m_ui->exportButton << m_ui->table;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
}

void ListViewWidget::setFixedFilter(const QString &key, const QVariant &value)
{
    m_model->setFilter(key, value);
}

QPushButton *ListViewWidget::addAction(const QString &objectName, Text label, QPushButton *button)
{
    if (!button)
        button = new QPushButton(this);
    button->setParent(this);
    button->setObjectName(objectName);
    m_ui->actionLayout->addWidget(button);
    m_actions.append({button, std::move(label)});
    orderTabs();
    retranslate();
    return button;
}

void ListViewWidget::setExportEnabled(bool enabled)
{
    m_ui->exportButton->setVisible(enabled);
}

void ListViewWidget::selectWhere(const QString &key, const QVariant &value)
{
    m_pendingSelectKey = key;
    m_pendingSelectValue = value;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->isRowLoaded(row))
            return; // try again when more is loaded
        if (m_model->raw(row, key) == value) {
            m_pendingSelectKey.clear();
            const QModelIndex index = m_model->index(row, 0);
            m_ui->table->setCurrentIndex(index);
            m_ui->table->scrollTo(index);
            return;
        }
    }
}

int ListViewWidget::currentRow() const
{
    const QModelIndex index = m_ui->table->currentIndex();
    return index.isValid() ? index.row() : -1;
}

QVariant ListViewWidget::currentValue(const QString &key) const
{
    const int row = currentRow();
    return row < 0 ? QVariant() : m_model->raw(row, key);
}

void ListViewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ListViewWidget::retranslate()
{
    const QString title = m_title ? m_title() : QString();
    m_ui->table->setAccessibleName(title);
    m_ui->searchEdit->setAccessibleName(title.isEmpty() ? tr("Search")
                                                        : tr("Search %1").arg(title));
    // Qt's clear button, shown in the search while it holds text, is named for screen readers
    // (the keyboard clears the text in the field itself).
    if (auto *clear =
            m_ui->searchEdit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction")))
        clear->setText(tr("Clear the search"));
    m_ui->refreshButton->setAccessibleName(tr("Refresh %1").arg(title));
    m_ui->exportButton->setAccessibleName(tr("Export %1 to CSV").arg(title));
    m_ui->retryButton->setAccessibleName(tr("Retry loading %1").arg(title));
    m_copyAction->setText(tr("&Copy"));
    m_copyRowAction->setText(tr("Copy &row"));
    for (Filter &filter : m_filters) {
        filter.labelWidget->setText(filter.label());
        filter.combo->setAccessibleName(
            filter.label().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        const int current = qMax(0, filter.combo->currentIndex());
        const QSignalBlocker block(filter.combo);
        filter.combo->clear();
        filter.combo->addItem(filter.allLabel());
        for (const Option &option : std::as_const(filter.options))
            filter.combo->addItem(option.label(), option.value);
        filter.combo->setCurrentIndex(current);
    }
    for (auto &[button, label] : m_actions) {
        button->setText(label());
        button->setAccessibleName(
            QString(label()).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    updateState();
}

void ListViewWidget::updateState()
{
    if (m_error) {
        m_ui->errorLabel->setText(ErrorText::message(*m_error, m_context->brand()));
        m_ui->stack->setCurrentWidget(m_ui->errorPage);
        m_ui->countLabel->clear();
        return;
    }
    if (!m_model->hasLoaded()) {
        m_ui->emptyLabel->setText(tr("Loading…"));
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    const qint64 total = m_model->total();
    m_ui->countLabel->setText(tr("%n item(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    if (total == 0) {
        const bool narrowed =
            !m_model->search().trimmed().isEmpty() || !m_model->filters().isEmpty();
        QString text;
        if (narrowed)
            text = m_noMatch ? m_noMatch() : tr("Nothing matches the search or filters.");
        else
            text = m_noData ? m_noData() : tr("Nothing here yet.");
        m_ui->emptyLabel->setText(text);
        m_ui->stack->setCurrentWidget(m_ui->emptyPage);
    } else {
        m_ui->stack->setCurrentWidget(m_ui->tablePage);
    }
}

void ListViewWidget::sizeColumns()
{
    // Once, from the first page: fit the contents, within bounds, so that ids and names
    // are readable without fixing any width (translations differ in length). Only the
    // loaded rows are measured: resizeColumnsToContents() would ask the model for up to
    // a thousand rows, requesting every page among them.
    m_columnsSized = true;
    QTableView *table = m_ui->table;
    const QFontMetrics metrics = table->fontMetrics();
    const QFontMetrics fixedMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    const int max = metrics.averageCharWidth() * 36;
    const int maxId = fixedMetrics.horizontalAdvance(QString(37, QLatin1Char('0')));
    const int min = metrics.averageCharWidth() * 8;
    const int rows = int(qMin<qint64>(m_model->total(), m_model->pageSize()));
    QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        const bool id = m_model->columnInfo(column).kind == ColumnKind::Id;
        int width = header->sectionSizeHint(column);
        const QFontMetrics &cellMetrics = id ? fixedMetrics : metrics;
        for (int row = 0; row < rows && m_model->isRowLoaded(row); ++row)
            width =
                qMax(width,
                     cellMetrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        table->setColumnWidth(column, qBound(min, width + 12, id ? maxId : max));
    }
}

void ListViewWidget::copyCurrent(bool wholeRow)
{
    const QModelIndex index = m_ui->table->currentIndex();
    if (!index.isValid())
        return;
    QString text;
    if (wholeRow) {
        QStringList cells;
        for (int column = 0; column < m_model->columnCount(); ++column)
            cells << m_model->index(index.row(), column).data().toString();
        text = cells.join(QLatin1Char('\t'));
    } else {
        text = index.data().toString();
    }
    QGuiApplication::clipboard()->setText(text);
}

void ListViewWidget::exportCsv()
{
    CsvExport::run(m_context, this, m_model->currentQuery(), m_model->allColumns(),
                   m_title ? m_title() : m_model->view());
}

} // namespace oc::gui
