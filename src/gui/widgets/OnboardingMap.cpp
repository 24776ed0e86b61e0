#include "OnboardingMap.h"

#include <QEvent>
#include <QGridLayout>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QTextLayout>

namespace oc::gui {

namespace {
constexpr int Padding = 10;
constexpr int BadgeSize = 26;
constexpr int MainSteps = 8;
constexpr int Columns = 4;

int textHeight(const QFont &font, const QString &text, int width)
{
    QFontMetrics metrics(font);
    return metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, text).height();
}
} // namespace

StepTile::StepTile(int number, QWidget *parent)
    : QAbstractButton(parent)
    , m_number(number)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void StepTile::setTexts(const QString &title, const QString &description)
{
    setText(title);
    m_description = description;
    setAccessibleName(title);
    setAccessibleDescription(description);
    setToolTip(description);
    m_heights.clear();
    m_laidOutWidth = -1;
    updateGeometry();
    update();
}

void StepTile::setDone(bool done)
{
    m_done = done;
    update();
}

QSize StepTile::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 26 + 2 * Padding, minimumSizeHint().height()};
}

QSize StepTile::minimumSizeHint() const
{
    const int width = fontMetrics().averageCharWidth() * 20 + 2 * Padding;
    return {width, heightAt(width)};
}

void StepTile::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_heights.clear();
        m_laidOutWidth = -1;
    }
    QAbstractButton::changeEvent(event);
}

int StepTile::heightAt(int width) const
{
    const auto cached = m_heights.constFind(width);
    if (cached != m_heights.constEnd())
        return *cached;
    QFont bold = font();
    bold.setBold(true);
    const int inner = width - 2 * Padding;
    const int titleWidth = inner - BadgeSize - 6;
    const int height = Padding + qMax(BadgeSize, textHeight(bold, text(), titleWidth)) + 6 +
                       textHeight(font(), m_description, inner) + Padding;
    m_heights.insert(width, height);
    return height;
}

void StepTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QPalette &pal = palette();
    const QColor accent = m_done ? QColor(0x2e, 0x7d, 0x32) : pal.color(QPalette::Highlight);
    QColor fill = pal.color(QPalette::Base);
    if (isDown())
        fill = pal.color(QPalette::Midlight);
    else if (underMouse())
        fill = pal.color(QPalette::AlternateBase);
    p.setPen(QPen(hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                  hasFocus() ? 2.5 : 1.2));
    p.setBrush(fill);
    p.drawRoundedRect(box, 8, 8);

    // Number badge, or a tick when done.
    const QRectF badge(Padding, Padding, BadgeSize, BadgeSize);
    p.setPen(Qt::NoPen);
    p.setBrush(accent);
    p.drawEllipse(badge);
    p.setPen(QPen(Qt::white, 2.2));
    if (m_done) {
        QPainterPath tick;
        tick.moveTo(badge.left() + 7, badge.center().y());
        tick.lineTo(badge.left() + 11.5, badge.bottom() - 8);
        tick.lineTo(badge.right() - 6.5, badge.top() + 8);
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    } else {
        QFont badgeFont = font();
        badgeFont.setBold(true);
        p.setFont(badgeFont);
        p.drawText(badge, Qt::AlignCenter, QString::number(m_number));
    }

    QFont bold = font();
    bold.setBold(true);
    const int inner = width() - 2 * Padding;
    const int titleWidth = inner - BadgeSize - 6;
    if (m_laidOutWidth != width()) {
        m_laidOutWidth = width();
        m_titleText = QStaticText(text());
        m_titleText.setTextFormat(Qt::PlainText);
        m_titleText.setTextWidth(titleWidth);
        m_titleText.prepare(QTransform(), bold);
        m_descriptionText = QStaticText(m_description);
        m_descriptionText.setTextFormat(Qt::PlainText);
        m_descriptionText.setTextWidth(inner);
        m_descriptionText.prepare(QTransform(), font());
    }
    const qreal titleHeight = m_titleText.size().height();
    const qreal titleBlock = qMax<qreal>(BadgeSize, titleHeight);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    p.drawStaticText(QPointF(Padding + BadgeSize + 6, Padding + (titleBlock - titleHeight) / 2),
                     m_titleText);
    p.setFont(font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawStaticText(QPointF(Padding, Padding + titleBlock + 6), m_descriptionText);
}

OnboardingMap::OnboardingMap(QWidget *parent)
    : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(28);
    grid->setVerticalSpacing(30);
    const int count = int(OnboardingStep::CloseResource) + 1;
    static const char *names[] = {"stepSignUp",       "stepAuthenticate", "stepPurchase",
                                  "stepOrganization", "stepLogin",        "stepFeeCenter",
                                  "stepWorkspace",    "stepSettlement",   "stepStoredValue",
                                  "stepCloseResource"};
    for (int i = 0; i < count; ++i) {
        auto *tile = new StepTile(i + 1, this);
        tile->setObjectName(QString::fromLatin1(names[i]));
        m_tiles.append(tile);
        connect(tile, &QAbstractButton::clicked, this,
                [this, i] { emit stepActivated(OnboardingStep(i)); });
        // Rows: 1 2 3 4 / 5 6 7 8 / then the two later tasks under steps 7 and 8.
        if (i < MainSteps)
            grid->addWidget(tile, i / Columns, i % Columns);
        else
            grid->addWidget(tile, 2, i - MainSteps + Columns - 2);
    }
    for (int column = 0; column < Columns; ++column)
        grid->setColumnStretch(column, 1);
    setTabOrder(m_tiles.first(), m_tiles.at(1));
    for (int i = 1; i + 1 < m_tiles.size(); ++i)
        setTabOrder(m_tiles.at(i), m_tiles.at(i + 1));
}

void OnboardingMap::setTexts(OnboardingStep step, const QString &title, const QString &description)
{
    tile(step)->setTexts(title, description);
}

void OnboardingMap::setDone(OnboardingStep step, bool done)
{
    tile(step)->setDone(done);
}

void OnboardingMap::clearDone()
{
    for (StepTile *tile : std::as_const(m_tiles))
        tile->setDone(false);
}

void OnboardingMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor line = palette().color(QPalette::Mid).darker(130);
    p.setPen(QPen(line, 2));
    p.setBrush(line);
    const auto arrowHead = [&](QPointF tip, QPointF direction) {
        const QPointF d = direction / std::hypot(direction.x(), direction.y());
        const QPointF n(-d.y(), d.x());
        QPolygonF head;
        head << tip << tip - d * 9 + n * 5 << tip - d * 9 - n * 5;
        p.drawPolygon(head);
    };
    for (int i = 0; i + 1 < MainSteps; ++i) {
        const QRect a = m_tiles.at(i)->geometry();
        const QRect b = m_tiles.at(i + 1)->geometry();
        if (i % Columns != Columns - 1) {
            const QPointF from(a.right() + 4, a.center().y());
            const QPointF to(b.left() - 4, b.center().y());
            p.drawLine(from, to - QPointF(6, 0));
            arrowHead(to, QPointF(1, 0));
        } else {
            // From the end of the first row down and back to the start of the second.
            const qreal midY = (a.bottom() + b.top()) / 2.0;
            QPainterPath path;
            path.moveTo(a.center().x(), a.bottom() + 4);
            path.lineTo(a.center().x(), midY);
            path.lineTo(b.center().x(), midY);
            path.lineTo(b.center().x(), b.top() - 10);
            p.setBrush(Qt::NoBrush);
            p.drawPath(path);
            p.setBrush(line);
            arrowHead(QPointF(b.center().x(), b.top() - 4), QPointF(0, 1));
        }
    }
    // The later tasks hang off the settlement step, dashed.
    const QRect settlement = m_tiles.at(MainSteps - 1)->geometry();
    p.setPen(QPen(line, 1.5, Qt::DashLine));
    for (int i = MainSteps; i < m_tiles.size(); ++i) {
        const QRect t = m_tiles.at(i)->geometry();
        const qreal midY = (settlement.bottom() + t.top()) / 2.0;
        QPainterPath path;
        path.moveTo(settlement.center().x(), settlement.bottom() + 4);
        path.lineTo(settlement.center().x(), midY);
        path.lineTo(t.center().x(), midY);
        path.lineTo(t.center().x(), t.top() - 4);
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
}

} // namespace oc::gui
