// The annotated screenshots' callout (issue 15): the numbered circle goes where the picture
// is empty, never over another control, on pictures drawn here with controls around the
// target; without an empty place near, on the frame's corner, inside the picture.

#include "gui/screenshots/Annotator.h"

#include <QPainter>
#include <QTest>

using namespace oc::gui;

namespace {

const QColor Background(0xef, 0xef, 0xef);

// A 1024x720 picture with the target button and `others` drawn as framed boxes with text.
QImage scene(const QRect &target, const QList<QRect> &others)
{
    QImage image(1024, 720, QImage::Format_RGB32);
    image.fill(Background);
    QPainter painter(&image);
    for (const QRect &r : QList<QRect>{target} + others) {
        painter.setPen(Qt::darkGray);
        painter.setBrush(Qt::white);
        painter.drawRect(r);
        painter.setPen(Qt::black);
        painter.drawText(r, Qt::AlignCenter, QStringLiteral("Cancel"));
    }
    return image;
}

// Every pixel under the callout (with its ring) is background in the plain picture.
bool coversNothing(const QImage &plain, const QPointF &center)
{
    const int r = int(Annotator::CalloutRadius) + 1;
    for (int y = int(center.y()) - r; y <= int(center.y()) + r; ++y)
        for (int x = int(center.x()) - r; x <= int(center.x()) + r; ++x)
            if (plain.pixelColor(x, y) != Background)
                return false;
    return true;
}

} // namespace

class TestAnnotator : public QObject
{
    Q_OBJECT
private slots:
    void calloutAvoidsControls_data()
    {
        QTest::addColumn<QRect>("target");
        QTest::addColumn<QList<QRect>>("others");
        const QRect create(560, 600, 80, 24);
        // The create-workspace dialog's case: Cancel right next to Create.
        QTest::newRow("button beside") << create << QList<QRect>{QRect(648, 600, 80, 24)};
        QTest::newRow("buttons right and above")
            << create << QList<QRect>{QRect(648, 600, 80, 24), QRect(560, 560, 168, 30)};
        QTest::newRow("field with its label left")
            << QRect(440, 300, 280, 24) << QList<QRect>{QRect(300, 300, 130, 24)};
        QTest::newRow("at the right edge") << QRect(930, 680, 90, 30) << QList<QRect>{};
        QTest::newRow("in a row of buttons")
            << QRect(400, 690, 80, 24)
            << QList<QRect>{QRect(310, 690, 80, 24), QRect(490, 690, 80, 24)};
    }

    void calloutAvoidsControls()
    {
        QFETCH(QRect, target);
        QFETCH(QList<QRect>, others);
        const QImage plain = scene(target, others);
        const QRectF frame = Annotator::frameOf(plain, target);
        const QPointF center = Annotator::calloutCenter(plain, frame);
        QVERIFY2(coversNothing(plain, center),
                 qPrintable(QStringLiteral("callout at %1,%2").arg(center.x()).arg(center.y())));
        const qreal r = Annotator::CalloutRadius;
        QVERIFY(!QRectF(center - QPointF(r, r), QSizeF(2 * r, 2 * r)).intersects(frame));
        QVERIFY(
            QRectF(plain.rect()).contains(QRectF(center - QPointF(r, r), QSizeF(2 * r, 2 * r))));
        // Near its control: within a few callouts of the frame.
        QVERIFY(QLineF(center, frame.center()).length() < frame.width() / 2 + 6 * r + 40);
    }

    // Nothing empty near: the frame's top right corner, inside the picture.
    void crowdedPictureFallsBackToTheCorner()
    {
        QImage busy(400, 300, QImage::Format_RGB32);
        for (int y = 0; y < busy.height(); ++y)
            for (int x = 0; x < busy.width(); ++x)
                busy.setPixelColor(x, y, (x + y) % 2 ? Qt::white : Qt::black);
        const QRect target(300, 5, 95, 20);
        const QRectF frame = Annotator::frameOf(busy, target);
        const QPointF center = Annotator::calloutCenter(busy, frame);
        const qreal r = Annotator::CalloutRadius;
        QVERIFY(QRectF(busy.rect()).contains(QRectF(center - QPointF(r, r), QSizeF(2 * r, 2 * r))));
        QVERIFY(qAbs(center.y() - qMax(frame.top(), r + 2)) < 1);
    }

    void annotatedCopyKeepsTheSizeAndDrawsTheMarks()
    {
        const QRect target(560, 600, 80, 24);
        const QImage plain = scene(target, {QRect(648, 600, 80, 24)});
        const QImage annotated = Annotator::annotate(plain, target, 10);
        QCOMPARE(annotated.size(), plain.size());
        const QPointF center = Annotator::calloutCenter(plain, Annotator::frameOf(plain, target));
        QCOMPARE(annotated.pixelColor(int(center.x()), int(center.y() - 9)).rgb() & 0xffffff,
                 QColor::fromRgb(Annotator::Red).rgb() & 0xffffff);
    }
};

QTEST_MAIN(TestAnnotator)
#include "test_annotator.moc"
