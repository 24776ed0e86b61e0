#include "HandbookWriter.h"

#include "ScreenshotEnvironment.h"

#include <QBuffer>
#include <QDir>
#include <QFontMetricsF>
#include <QHashFunctions>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

#include <algorithm>

namespace oc::gui {

namespace {

// A4 portrait; every measure below is in millimetres from the page's top left corner.
constexpr qreal PageWidth = 210;
constexpr qreal Left = 20;
constexpr qreal Right = PageWidth - 20;
constexpr qreal HeaderTop = 10;
constexpr qreal HeaderRule = 17;
constexpr qreal ContentTop = 24;
constexpr qreal ContentBottom = 276;
constexpr qreal FooterRule = 280;
constexpr qreal FooterTop = 282;
constexpr qreal FooterBottom = 289;
constexpr qreal TocHeading = 16; // the "Contents" line above the entries of every page

const QColor Ink(0x20, 0x21, 0x24);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Line(0xda, 0xdc, 0xe0);
const QColor Accent(0x1a, 0x5f, 0xb4);

qreal mm(qreal millimetres)
{
    return millimetres * HandbookWriter::Resolution / 25.4;
}

// The pictures' fonts (ScreenshotEnvironment), the Latin one first in every language: in
// a Latin run Noto Sans CJK replaces the digits with glyphs its character map does not
// have, which Qt 6.4 then leaves out of the PDF's text (copying "Page 2" gave "Page ").
// No ligatures either: their glyphs would be copied as U+FB01 "ﬁ" instead of "fi".
QFont font(qreal points, bool bold = false)
{
    const QStringList families = ScreenshotEnvironment::fontFamilies();
    QFont result(families.constFirst());
    result.setFamilies(families);
    result.setStyleHint(QFont::SansSerif, QFont::PreferNoShaping);
    result.setPointSizeF(points);
    result.setBold(bold);
    return result;
}

// QPdfEngine keeps the fonts it embeds in a QHash and writes them in its order: with
// Qt's random hash seed the same handbook would come out in two different byte orders.
// The seed is fixed while the document is written (unless it already was).
class FixedHashSeed
{
public:
    FixedHashSeed()
        : m_wasRandom(size_t(QHashSeed::globalSeed()) != 0)
    {
        QHashSeed::setDeterministicGlobalSeed();
    }
    ~FixedHashSeed()
    {
        if (m_wasRandom)
            QHashSeed::resetRandomGlobalSeed();
    }
    FixedHashSeed(const FixedHashSeed &) = delete;
    FixedHashSeed &operator=(const FixedHashSeed &) = delete;

private:
    bool m_wasRandom;
};

// Qt 6.4 writes the moment of writing into the document information dictionary (object 1,
// uncompressed, at the start of the file): the entry is overwritten with spaces, which
// keeps the dictionary valid and every offset of the cross-reference table right.
bool blankCreationDate(QByteArray &pdf)
{
    const qsizetype end = pdf.indexOf("endobj");
    const qsizetype start = pdf.indexOf("/CreationDate");
    if (start < 0 || start > end)
        return true;
    const qsizetype close = pdf.indexOf(')', start);
    if (close < 0 || close > end)
        return false;
    std::fill(pdf.begin() + start, pdf.begin() + close + 1, ' ');
    return true;
}

// The ideographs whose glyphs the handbook's fonts also give to a radical (Kangxi radicals
// U+2F00..U+2FD5, CJK radicals supplement U+2E80..U+2EF3): Noto Sans CJK draws U+2F6C
// ⽬ with the glyph of U+76EE 目.
QHash<QByteArray, QByteArray> radicalIdeographs()
{
    QHash<QByteArray, QByteArray> ideographs;
    QString radicals;
    for (char16_t c = 0x2E80; c < 0x2FE0; ++c)
        radicals += QChar(c);
    QString unified;
    for (char16_t c = 0x4E00; c < 0xA000; ++c)
        unified += QChar(c);
    const auto hex = [](char16_t c) { return QByteArray::number(c, 16).toUpper(); };
    for (const QString &family : ScreenshotEnvironment::fontFamilies()) {
        for (const bool bold : {false, true}) {
            QFont face(family);
            face.setBold(bold);
            const QRawFont raw = QRawFont::fromFont(face);
            if (!raw.isValid())
                continue;
            const QList<quint32> unifiedGlyphs = raw.glyphIndexesForString(unified);
            QHash<quint32, char16_t> byGlyph;
            for (qsizetype i = 0; i < unifiedGlyphs.size(); ++i)
                if (unifiedGlyphs.at(i) != 0 && !byGlyph.contains(unifiedGlyphs.at(i)))
                    byGlyph.insert(unifiedGlyphs.at(i), char16_t(0x4E00 + i));
            const QList<quint32> radicalGlyphs = raw.glyphIndexesForString(radicals);
            for (qsizetype i = 0; i < radicalGlyphs.size(); ++i)
                if (const auto found = byGlyph.constFind(radicalGlyphs.at(i));
                    radicalGlyphs.at(i) != 0 && found != byGlyph.cend())
                    ideographs.insert(hex(char16_t(0x2E80 + i)), hex(*found));
        }
    }
    return ideographs;
}

// Qt 6.4 gives each glyph in a font's ToUnicode map (what a reader copies or searches)
// the lowest code point the font maps to it, and for the radicals' glyphs above that is
// the radical: 目录 would be copied as ⽬录. The maps are written uncompressed, each entry
// on a line ("<cid> <cid> <unicode>" or "<cid> <cid> [<unicode> ...]"): the radicals are
// replaced in place by their ideographs, 4 hex digits each like them, so that every
// offset of the file stays right. (A run of ten radicals in a row, which Qt would write as
// one range, is left alone.)
void replaceRadicals(QByteArray &pdf)
{
    static const QHash<QByteArray, QByteArray> ideographs = radicalIdeographs();
    if (ideographs.isEmpty())
        return;
    qsizetype from = 0;
    while ((from = pdf.indexOf("begincmap", from)) >= 0) {
        const qsizetype end = pdf.indexOf("endcmap", from);
        if (end < 0)
            return;
        for (qsizetype line = from; line < end;) {
            qsizetype next = pdf.indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            // The third token on: the code points.
            qsizetype at = line;
            for (int token = 0; token < 2 && at >= 0 && at < next; ++token)
                at = pdf.indexOf('>', at + 1);
            const bool array =
                at >= 0 && at < next && pdf.indexOf('[', at) >= 0 && pdf.indexOf('[', at) < next;
            const bool single = at >= 0 && at < next && !array && line + 6 < next &&
                                pdf.mid(line, 6) == pdf.mid(line + 7, 6);
            if (pdf.at(line) == '<' && (array || single)) {
                for (qsizetype open = pdf.indexOf('<', at); open >= 0 && open + 5 < next;
                     open = pdf.indexOf('<', open + 1)) {
                    if (pdf.at(open + 5) != '>')
                        continue;
                    const auto found = ideographs.constFind(pdf.mid(open + 1, 4));
                    if (found != ideographs.cend())
                        pdf.replace(open + 1, 4, *found);
                }
            }
            line = next + 1;
        }
        from = end;
    }
}

class Pages
{
public:
    Pages(QPainter &painter, const GuideContent &content, int pageCount)
        : m_painter(painter)
        , m_content(content)
        , m_pageCount(pageCount)
    {}

    qreal width() const { return mm(Right - Left); }

    // Draws `text` wrapped to the page width from `top` (device units); returns its height.
    qreal paragraph(qreal top, const QFont &font, const QColor &color, const QString &text)
    {
        m_painter.setFont(font);
        m_painter.setPen(color);
        QRectF used;
        m_painter.drawText(QRectF(mm(Left), top, width(), mm(ContentBottom) - top),
                           Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
        return used.height();
    }

    QString elided(const QFont &font, const QString &text, qreal width) const
    {
        return QFontMetricsF(font, m_painter.device()).elidedText(text, Qt::ElideRight, width);
    }

    void rule(qreal y)
    {
        m_painter.setPen(QPen(Line, mm(0.25)));
        m_painter.drawLine(QPointF(mm(Left), mm(y)), QPointF(mm(Right), mm(y)));
    }

    // The running header: what the page belongs to, and the brand.
    void header(const QString &text)
    {
        const QFont small = font(8.5);
        const QRectF band(mm(Left), mm(HeaderTop), width(), mm(HeaderRule - HeaderTop - 1));
        const QString brand = m_content.brand;
        const qreal brandWidth = QFontMetricsF(small, m_painter.device()).horizontalAdvance(brand);
        m_painter.setFont(small);
        m_painter.setPen(Muted);
        m_painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, brand);
        m_painter.drawText(band, Qt::AlignLeft | Qt::AlignBottom,
                           elided(small, text, band.width() - brandWidth - mm(8)));
        rule(HeaderRule);
    }

    void footer(int page)
    {
        rule(FooterRule);
        m_painter.setFont(font(8.5));
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(mm(Left), mm(FooterTop), width(), mm(FooterBottom - FooterTop)),
                           Qt::AlignHCenter | Qt::AlignTop,
                           HandbookWriter::tr("Page %1 of %2").arg(page).arg(m_pageCount));
    }

private:
    QPainter &m_painter;
    const GuideContent &m_content;
    int m_pageCount;
};

} // namespace

HandbookWriter::HandbookWriter(GuideContent content)
    : m_content(std::move(content))
{}

int HandbookWriter::tocPages() const
{
    const auto sections = int(m_content.sections.size());
    return std::max(1, (sections + TocEntriesPerPage - 1) / TocEntriesPerPage);
}

QList<int> HandbookWriter::sectionPages() const
{
    QList<int> pages;
    int next = 1 + tocPages() + 1;
    for (const GuideSection &section : m_content.sections) {
        pages.append(next);
        next += std::max(1, int(section.steps.size()));
    }
    return pages;
}

int HandbookWriter::pageCount() const
{
    int pages = 1 + tocPages();
    for (const GuideSection &section : m_content.sections)
        pages += std::max(1, int(section.steps.size()));
    return pages;
}

QByteArray HandbookWriter::render(const QString &folder, QString *error) const
{
    const FixedHashSeed fixedSeed;
    const QString &language = m_content.language;
    const QList<int> starts = sectionPages();
    const int pageCount = this->pageCount();
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setTitle(m_content.title);
        writer.setCreator(m_content.brand);
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("the PDF writer cannot start");
            return {};
        }
        // Screenshots stay sharp: no JPEG.
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing |
                               QPainter::SmoothPixmapTransform | QPainter::LosslessImageRendering);
        Pages pages(painter, m_content, pageCount);
        int page = 1;
        const auto newPage = [&] {
            writer.newPage();
            ++page;
        };

        // The title page.
        painter.fillRect(QRectF(0, 0, mm(PageWidth), mm(6)), Accent);
        qreal y = mm(70);
        y += pages.paragraph(y, font(18, true), Accent, m_content.brand) + mm(6);
        y += pages.paragraph(y, font(26, true), Ink, m_content.title) + mm(4);
        y += pages.paragraph(y, font(14), Muted, tr("Printable handbook")) + mm(16);
        y += pages.paragraph(y, font(11), Ink,
                             tr("Language: %1").arg(GuideWriter::languageName(language))) +
             mm(4);
        pages.paragraph(y, font(11), Ink,
                        GuideWriter::tr("One section per task; in each picture the red frame "
                                        "marks the control to use next, and its number is the "
                                        "step."));
        pages.footer(page);

        // The contents, TocEntriesPerPage entries a page, with the pages laid out above.
        const QFont entryFont = font(10.5);
        const QFontMetricsF entryMetrics(entryFont, &writer);
        const qreal rowHeight = mm(ContentBottom - ContentTop - TocHeading) / TocEntriesPerPage;
        const qreal numberWidth = mm(10);
        const qreal pageWidth = mm(12);
        const qreal titleLeft = mm(Left) + numberWidth + mm(2);
        const qreal titleWidth = mm(Right) - pageWidth - mm(8) - titleLeft;
        for (int first = 0; first == 0 || first < m_content.sections.size();
             first += TocEntriesPerPage) {
            newPage();
            pages.header(m_content.title);
            pages.paragraph(mm(ContentTop), font(18, true), Ink, GuideWriter::tr("Contents"));
            const auto last =
                std::min<qsizetype>(m_content.sections.size(), first + TocEntriesPerPage);
            for (qsizetype i = first; i < last; ++i) {
                const qreal top = mm(ContentTop + TocHeading) + (i - first) * rowHeight;
                const QString title = entryMetrics.elidedText(m_content.sections.at(i).title,
                                                              Qt::ElideRight, titleWidth);
                painter.setFont(entryFont);
                painter.setPen(Ink);
                painter.drawText(QRectF(mm(Left), top, numberWidth, rowHeight),
                                 Qt::AlignRight | Qt::AlignVCenter,
                                 QStringLiteral("%1.").arg(i + 1));
                painter.drawText(QRectF(titleLeft, top, titleWidth, rowHeight),
                                 Qt::AlignLeft | Qt::AlignVCenter, title);
                painter.drawText(QRectF(mm(Right) - pageWidth, top, pageWidth, rowHeight),
                                 Qt::AlignRight | Qt::AlignVCenter, QString::number(starts.at(i)));
                // Dotted leaders from the title to its page: round dots 1.5 mm apart.
                const qreal from = titleLeft + entryMetrics.horizontalAdvance(title) + mm(2);
                const qreal to = mm(Right) -
                                 entryMetrics.horizontalAdvance(QString::number(starts.at(i))) -
                                 mm(2);
                const qreal baseline = top + rowHeight / 2 + entryMetrics.ascent() / 2 - mm(0.4);
                if (to > from) {
                    QPen dots(Muted, mm(0.35), Qt::CustomDashLine, Qt::RoundCap);
                    dots.setDashPattern({0.01, 1.5 / 0.35});
                    painter.setPen(dots);
                    painter.drawLine(QPointF(from, baseline), QPointF(to, baseline));
                }
            }
            pages.footer(page);
        }

        // The sections: one page per step.
        int sectionNumber = 0;
        for (const GuideSection &section : m_content.sections) {
            const QString heading =
                QStringLiteral("%1. %2").arg(++sectionNumber).arg(section.title);
            newPage();
            Q_ASSERT(page == starts.at(sectionNumber - 1));
            pages.header(heading);
            y = mm(ContentTop);
            y += pages.paragraph(y, font(16, true), Ink, heading) + mm(3);
            if (!section.introduction.isEmpty())
                y += pages.paragraph(y, font(10.5), Ink, section.introduction) + mm(3);
            y += mm(3);
            for (qsizetype i = 0; i < section.steps.size(); ++i) {
                const GuideStep &step = section.steps.at(i);
                if (i > 0) {
                    pages.footer(page);
                    newPage();
                    pages.header(heading);
                    y = mm(ContentTop);
                }
                y += pages.paragraph(y, font(11, true), Accent,
                                     GuideWriter::tr("Step %1").arg(step.number)) +
                     mm(1.5);
                y += pages.paragraph(y, font(10.5), Ink, step.instruction) + mm(4);
                QImage picture(QDir(folder).filePath(step.image));
                if (picture.isNull()) {
                    painter.end();
                    *error = tr("cannot read the picture %1").arg(step.image);
                    return {};
                }
                if (picture.hasAlphaChannel())
                    picture = picture.convertToFormat(QImage::Format_RGB32);
                // The page's width in proportion, or the room left (never split).
                QSizeF size(pages.width(), pages.width() * picture.height() / picture.width());
                if (size.height() > mm(ContentBottom) - y)
                    size.scale(size.width(), mm(ContentBottom) - y, Qt::KeepAspectRatio);
                const QRectF target(QPointF(mm(Left) + (pages.width() - size.width()) / 2, y),
                                    size);
                painter.drawImage(target, picture);
                painter.setPen(QPen(Line, mm(0.25)));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(target);
            }
            pages.footer(page);
        }
        Q_ASSERT(page == pageCount);
        if (!painter.end()) {
            *error = tr("the PDF writer failed");
            return {};
        }
    }
    if (!blankCreationDate(pdf)) {
        *error = tr("the PDF's creation date cannot be removed");
        return {};
    }
    replaceRadicals(pdf);
    return pdf;
}

bool HandbookWriter::write(const QString &folder, QString *error) const
{
    const QByteArray pdf = render(folder, error);
    if (pdf.isEmpty())
        return false;
    QSaveFile file(QDir(folder).filePath(QLatin1String(FileName)));
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace oc::gui
