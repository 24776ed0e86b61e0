#pragma once

// Reads a handbook.pdf back the way a trainer's PDF reader does, with Debian's
// poppler-utils (pdfinfo, pdftotext, pdffonts; .ci/debian-packages), and checks it against
// the layout rule of HandbookWriter.h, computed here from the sections and their steps:
// the page count, the contents' page numbers, where each section starts, each step's
// instruction on its own page, the page numbers in the footers, the text given back as it
// was written (Chinese too) and every font embedded.

#include "gui/screenshots/HandbookWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace handbookcheck {

struct Expected
{
    QStringList titles;              // the sections, in order
    QList<QStringList> instructions; // each section's steps
    QStringList titlePage;           // texts the title page shows (title, brand, ...)
    bool cjk = false;                // a CJK font must be embedded
};

inline QString missingTools()
{
    QStringList missing;
    for (const char *tool : {"pdfinfo", "pdftotext", "pdffonts"})
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            missing << QLatin1String(tool);
    return missing.isEmpty() ? QString()
                             : QStringLiteral("%1 not found: install Debian's poppler-utils "
                                              "(.ci/debian-packages)")
                                   .arg(missing.join(QStringLiteral(", ")));
}

// For a test function: without those tools the rest of it is skipped, saying why; with
// CI=true that is a failure instead (CI installs .ci/debian-packages).
#define OC_REQUIRE_PDF_TOOLS()                                                                     \
    do {                                                                                           \
        if (const QString missing = ::handbookcheck::missingTools(); !missing.isEmpty()) {         \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                               \
                QFAIL(qPrintable(missing));                                                        \
            QSKIP(qPrintable(missing));                                                            \
        }                                                                                          \
    } while (false)

inline QString run(const QString &program, const QStringList &arguments, bool *ok)
{
    QProcess process;
    process.start(program, arguments);
    *ok = process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit &&
          process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text without any white space (pdftotext breaks and spaces lines its own way).
inline QString flat(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s+")));
}

// The 1-based page on which each section starts.
inline QList<int> sectionStarts(const Expected &expected, int *pageCount)
{
    const int perPage = oc::gui::HandbookWriter::TocEntriesPerPage;
    const int tocPages = std::max(1, int((expected.titles.size() + perPage - 1) / perPage));
    QList<int> starts;
    int page = 1 + tocPages + 1;
    for (const QStringList &steps : expected.instructions) {
        starts << page;
        page += std::max(1, int(steps.size()));
    }
    *pageCount = page - 1;
    return starts;
}

// Empty when the handbook is right, else what is wrong.
inline QString check(const QString &pdf, const Expected &expected)
{
    if (expected.titles.size() != expected.instructions.size())
        return QStringLiteral("bad expectation");
    int pageCount = 0;
    const QList<int> starts = sectionStarts(expected, &pageCount);
    const int tocPages = starts.isEmpty() ? 1 : starts.constFirst() - 2;
    bool ok = false;

    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &ok);
    if (!ok)
        return QStringLiteral("pdfinfo cannot read %1").arg(pdf);
    const auto pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                          QRegularExpression::MultilineOption)
                           .match(info);
    if (!pages.hasMatch() || pages.captured(1).toInt() != pageCount)
        return QStringLiteral("%1 pages, expected %2").arg(pages.captured(1)).arg(pageCount);
    if (info.contains(QLatin1String("CreationDate:")) || info.contains(QLatin1String("ModDate:")))
        return QStringLiteral("a date inside: %1").arg(info);

    const QString fonts = run(QStringLiteral("pdffonts"), {pdf}, &ok);
    bool cjkFont = false;
    for (const QString &line : fonts.split(QLatin1Char('\n')).mid(2)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto columns =
            QRegularExpression(
                QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))
                .match(line.trimmed());
        if (!columns.hasMatch() || columns.captured(1) != u"yes")
            return QStringLiteral("a font not embedded: %1").arg(line);
        cjkFont = cjkFont || line.contains(QLatin1String("CJK"));
    }
    if (!ok || (expected.cjk && !cjkFont))
        return QStringLiteral("no CJK font embedded: %1").arg(fonts);

    QString text = run(QStringLiteral("pdftotext"),
                       {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &ok);
    if (!ok)
        return QStringLiteral("pdftotext cannot read %1").arg(pdf);
    // What a reader copies: no radicals or ligatures standing in for the letters.
    static const QRegularExpression lookalikes(
        QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{FB00}-\\x{FB06}]"));
    if (const auto found = lookalikes.match(text); found.hasMatch())
        return QStringLiteral("copied as a look-alike: U+%1")
            .arg(found.captured().at(0).unicode(), 4, 16, QLatin1Char('0'));
    const QStringList page = text.split(QLatin1Char('\f'));
    if (page.size() < pageCount)
        return QStringLiteral("pdftotext gives %1 pages").arg(page.size());

    // Every page's footer: its number and the count.
    for (int i = 1; i <= pageCount; ++i) {
        QStringList lines = page.at(i - 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        while (!lines.isEmpty() && lines.constLast().trimmed().isEmpty())
            lines.removeLast();
        const QRegularExpression footer(
            QStringLiteral("(^|\\D)%1\\D+%2(\\D|$)").arg(i).arg(pageCount));
        if (lines.isEmpty() || !footer.match(lines.constLast()).hasMatch())
            return QStringLiteral("page %1's footer: %2")
                .arg(i)
                .arg(lines.isEmpty() ? QString() : lines.constLast());
    }
    for (const QString &shown : expected.titlePage)
        if (!flat(page.at(0)).contains(flat(shown)))
            return QStringLiteral("the title page misses \"%1\"").arg(shown);

    // The contents: "n. title ....... page", the title possibly cut short with "…".
    static const QRegularExpression entry(
        QStringLiteral("^\\s*(\\d+)\\.\\s+(.*\\S)\\s{2,}(\\d+)\\s*$"));
    QList<QRegularExpressionMatch> entries;
    for (int i = 2; i <= 1 + tocPages; ++i)
        for (const QString &line : page.at(i - 1).split(QLatin1Char('\n')))
            if (const auto match = entry.match(line); match.hasMatch())
                entries << match;
    if (entries.size() != expected.titles.size())
        return QStringLiteral("%1 contents entries, expected %2")
            .arg(entries.size())
            .arg(expected.titles.size());
    for (int k = 0; k < entries.size(); ++k) {
        const QRegularExpressionMatch &match = entries.at(k);
        QString shown = flat(match.captured(2));
        if (shown.endsWith(QChar(0x2026)))
            shown.chop(1);
        if (match.captured(1).toInt() != k + 1 || shown.size() < 4 ||
            !flat(expected.titles.at(k)).startsWith(shown))
            return QStringLiteral("contents entry %1: %2").arg(k + 1).arg(match.captured(0));
        if (match.captured(3).toInt() != starts.at(k))
            return QStringLiteral("contents entry %1 says page %2, the section starts on %3")
                .arg(k + 1)
                .arg(match.captured(3))
                .arg(starts.at(k));
    }

    // Each section's heading first shows on its page, in order, each step on its own.
    for (int k = 0; k < expected.titles.size(); ++k) {
        const QString heading =
            flat(QStringLiteral("%1. %2").arg(k + 1).arg(expected.titles.at(k)));
        for (int i = 2 + tocPages; i < starts.at(k); ++i)
            if (flat(page.at(i - 1)).contains(heading))
                return QStringLiteral("section %1 shows on page %2 before its start %3")
                    .arg(k + 1)
                    .arg(i)
                    .arg(starts.at(k));
        if (!flat(page.at(starts.at(k) - 1)).contains(heading))
            return QStringLiteral("section %1 \"%2\" is not on page %3")
                .arg(k + 1)
                .arg(expected.titles.at(k))
                .arg(starts.at(k));
        const QStringList &steps = expected.instructions.at(k);
        for (int j = 0; j < steps.size(); ++j)
            if (!flat(page.at(starts.at(k) + j - 1)).contains(flat(steps.at(j))))
                return QStringLiteral("page %1 misses step %2 of section %3: %4")
                    .arg(starts.at(k) + j)
                    .arg(j + 1)
                    .arg(k + 1)
                    .arg(steps.at(j));
    }
    return {};
}

} // namespace handbookcheck
