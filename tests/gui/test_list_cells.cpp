// The lists' cells (issue 20): CellDelegate paints a plain cell itself, from one text layout
// instead of the style's four, and must paint the very pixels the style paints. Each case
// renders one table twice, with Qt's QStyledItemDelegate and with CellDelegate, under the
// console's style (Fusion), and compares the images; and checks that the plain cells were
// painted by CellDelegate itself and the others (a text that must be elided, two lines, the
// focused cell) handed to the style.

#include "gui/ConsoleStyle.h"
#include "gui/views/CellDelegate.h"

#include <QApplication>
#include <QDir>
#include <QFontDatabase>
#include <QHeaderView>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

using namespace oc::gui;

namespace {

constexpr int Rows = 8;
constexpr int Columns = 5;

// Cells like the lists' own: ids in the fixed font, names (Chinese too), amounts aligned
// right, statuses in colour; an empty cell, one too long for its column, one of two lines.
void fill(QStandardItemModel &model)
{
    model.setRowCount(Rows);
    model.setColumnCount(Columns);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (int row = 0; row < Rows; ++row) {
        auto *id = new QStandardItem(QStringLiteral("SVC%1").arg(20261207000 + row * 7919));
        id->setFont(fixed);
        model.setItem(row, 0, id);
        model.setItem(row, 1,
                      new QStandardItem(
                          row % 2 ? QStringLiteral("华为云账号 %1").arg(row)
                                  : QStringLiteral("bench-fc-%1").arg(row, 4, 10, QChar(u'0'))));
        auto *amount = new QStandardItem(QStringLiteral("¥%1.00").arg(row * 1234));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.setItem(row, 2, amount);
        auto *status =
            new QStandardItem(row % 3 ? QStringLiteral("Available") : QStringLiteral("Expired"));
        if (!(row % 3))
            status->setForeground(QColor(0xb0, 0x1e, 0x1e));
        model.setItem(row, 3, status);
        model.setItem(row, 4, new QStandardItem(QStringLiteral("2026-12-%1 09:30").arg(row + 1)));
    }
    model.item(2, 1)->setText(QString());
    model.item(3, 1)->setText(
        QStringLiteral("a name far too long to be shown whole in its column"));
    model.item(4, 3)->setText(QStringLiteral("two\nlines"));
    model.item(5, 4)->setBackground(QColor(0xe8, 0xf0, 0xfe));
}

QImage render(QTableView &view)
{
    view.viewport()->update();
    return view.grab().toImage();
}

} // namespace

class TestListCells : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void plainCellsPaintAsTheStyleDoes_data();
    void plainCellsPaintAsTheStyleDoes();
    void cellsWhoseTextAloneIsSelected();
};

void TestListCells::initTestCase()
{
    applyConsoleStyle(*qApp);
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
}

void TestListCells::plainCellsPaintAsTheStyleDoes_data()
{
    QTest::addColumn<Qt::LayoutDirection>("direction");
    QTest::addColumn<bool>("selectRow");
    QTest::newRow("left to right") << Qt::LeftToRight << false;
    QTest::newRow("a row selected") << Qt::LeftToRight << true;
    QTest::newRow("right to left") << Qt::RightToLeft << true;
}

void TestListCells::plainCellsPaintAsTheStyleDoes()
{
    QFETCH(Qt::LayoutDirection, direction);
    QFETCH(bool, selectRow);
    QStandardItemModel model;
    fill(model);
    QTableView view;
    view.setLayoutDirection(direction);
    view.setModel(&model);
    view.horizontalHeader()->setDefaultSectionSize(150);
    view.horizontalHeader()->setStretchLastSection(true);
    view.verticalHeader()->hide();
    view.resize(760, 320);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    view.setCurrentIndex(model.index(6, 2)); // the focused cell: the style's
    if (selectRow)
        view.selectionModel()->select(model.index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);

    QStyledItemDelegate standard;
    view.setItemDelegate(&standard);
    const QImage expected = render(view);
    CellDelegate cells;
    view.setItemDelegate(&cells);
    const QImage painted = render(view);
    view.setItemDelegate(nullptr);

    QCOMPARE(painted.size(), expected.size());
    if (painted != expected) {
        const QString dir = QDir::tempPath();
        expected.save(dir + QStringLiteral("/list-cells-expected.png"));
        painted.save(dir + QStringLiteral("/list-cells-painted.png"));
        QFAIL(qPrintable(
            QStringLiteral("the cells differ from the style's (both images in %1)").arg(dir)));
    }
    // Every cell but the long one, the two-line one and the focused one, painted once.
    QCOMPARE(cells.plainCellsPainted(), qint64(Rows * Columns - 3));
}

// A table shows a selected cell's whole rectangle as selected (showDecorationSelected); a view
// that does not places the text by its own size, and CellDelegate follows the style there
// too. Painted straight into images, one cell at a time.
void TestListCells::cellsWhoseTextAloneIsSelected()
{
    QStandardItemModel model;
    fill(model);
    QTableView view; // the widget whose style paints
    view.setModel(&model);
    QStyledItemDelegate standard;
    CellDelegate cells;
    int plain = 0;
    for (int row = 0; row < Rows; ++row) {
        for (int column = 0; column < Columns; ++column) {
            for (const bool selected : {false, true}) {
                QStyleOptionViewItem option;
                option.initFrom(&view);
                option.widget = &view;
                option.rect = QRect(3, 2, 170, 27);
                option.showDecorationSelected = false;
                option.state = QStyle::State_Enabled | QStyle::State_Active;
                if (selected)
                    option.state |= QStyle::State_Selected;
                const QModelIndex index = model.index(row, column);
                const auto paint = [&](const QStyledItemDelegate &delegate) {
                    QImage image(180, 32, QImage::Format_ARGB32_Premultiplied);
                    image.fill(Qt::white);
                    QPainter painter(&image);
                    delegate.paint(&painter, option, index);
                    return image;
                };
                const QImage expected = paint(standard);
                QVERIFY2(paint(cells) == expected,
                         qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(column)));
                const QString text = index.data().toString();
                plain += text.contains(u'\n') || text.size() > 40 ? 0 : 1;
            }
        }
    }
    QCOMPARE(cells.plainCellsPainted(), qint64(plain));
}

QTEST_MAIN(TestListCells)
#include "test_list_cells.moc"
