#include "GuideWriter.h"

#include <QDir>
#include <QSaveFile>

namespace oc::gui {

namespace {

bool save(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// "zh_CN" as HTML's lang attribute wants it ("zh-CN").
QString htmlLanguage(const QString &language)
{
    return QString(language).replace(QLatin1Char('_'), QLatin1Char('-'));
}

const char Style[] =
    "<style>\n"
    "body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; "
    "color: #202124; }\n"
    "h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #dadce0; }\n"
    "nav.languages { font-size: 0.95em; padding: 0.5em 0; border-bottom: 1px solid #dadce0; }\n"
    "nav.languages ul { display: inline; margin: 0; padding: 0; }\n"
    "nav.languages li { display: inline; margin-right: 1.5em; }\n"
    "ol.steps > li { margin: 1.2em 0; }\n"
    "ol.steps img { display: block; max-width: 100%; height: auto; margin: 0.6em 0; "
    "border: 1px solid #dadce0; }\n"
    "a.plain { font-size: 0.9em; }\n"
    "</style>\n";

} // namespace

GuideWriter::GuideWriter(QString language, QString title, QString brand, QStringList languages)
{
    m_content.language = std::move(language);
    m_content.title = std::move(title);
    m_content.brand = std::move(brand);
    m_content.languages = std::move(languages);
    if (!m_content.languages.contains(m_content.language))
        m_content.languages.append(m_content.language);
}

void GuideWriter::beginSection(const QString &anchor, const QString &title,
                               const QString &introduction)
{
    m_content.sections.append({anchor, title, introduction, {}});
}

void GuideWriter::addStep(int number, const QString &instruction, const QString &image,
                          const QString &plain)
{
    if (m_content.sections.isEmpty())
        beginSection(QString(), QString(), QString());
    m_content.sections.last().steps.append({number, instruction, image, plain});
}

QString GuideWriter::languageName(const QString &language)
{
    // Not translated: each language is named in its own words, as in MainWindow.ui.
    if (language == u"en")
        return QStringLiteral("English");
    if (language == u"zh_CN")
        return QStringLiteral("简体中文");
    return language;
}

QString GuideWriter::markdown() const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(m_content.title);
    md += tr("One section per task; in each picture the red frame marks the control to use "
             "next, and its number is the step.") +
          QStringLiteral("\n\n");
    md += QStringLiteral("[%1](%2)\n\n")
              .arg(tr("Printable handbook (PDF)"), QLatin1String(HandbookFile));
    int sectionNumber = 0;
    for (const GuideSection &section : m_content.sections) {
        md += QStringLiteral("## %1. %2\n\n").arg(++sectionNumber).arg(section.title);
        if (!section.introduction.isEmpty())
            md += section.introduction + QStringLiteral("\n\n");
        for (const GuideStep &step : section.steps) {
            md += QStringLiteral("%1. %2\n\n").arg(step.number).arg(step.instruction);
            md +=
                QStringLiteral("   ![%1](%2)\n\n").arg(tr("Step %1").arg(step.number), step.image);
            if (!step.plain.isEmpty())
                md +=
                    QStringLiteral("   [%1](%2)\n\n").arg(tr("Picture without marks"), step.plain);
        }
    }
    return md;
}

QString GuideWriter::html() const
{
    const QString handbook = QLatin1String(HandbookFile);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(htmlLanguage(m_content.language));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(m_content.title));
    h += QLatin1String(Style) + QStringLiteral("</head>\n<body>\n");

    // The language switch: this guide's handbook, the other languages' guides and
    // handbooks (sibling folders), and the page listing them all. Relative links only, so
    // that the folder works offline and wherever it is copied.
    h += QStringLiteral("<nav class=\"languages\" aria-label=\"%1\">\n<ul>\n")
             .arg(esc(tr("Languages")));
    for (const QString &language : m_content.languages) {
        const QString name = esc(languageName(language));
        const QString lang = htmlLanguage(language);
        if (language == m_content.language) {
            h += QStringLiteral("<li><strong aria-current=\"page\">%1</strong> · "
                                "<a href=\"%2\">%3</a></li>\n")
                     .arg(name, esc(handbook), esc(tr("Printable handbook (PDF)")));
        } else {
            const QString folder = QStringLiteral("../") + language + QLatin1Char('/');
            h += QStringLiteral("<li lang=\"%1\"><a href=\"%2index.html\" hreflang=\"%1\">%3</a> "
                                "(<a href=\"%2%4\" hreflang=\"%1\">PDF</a>)</li>\n")
                     .arg(lang, esc(folder), name, esc(handbook));
        }
    }
    h += QStringLiteral("</ul>\n<a href=\"../index.html\">%1</a>\n</nav>\n")
             .arg(esc(tr("All languages")));

    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_content.title));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("One section per task; in each picture the red frame marks the control "
                         "to use next, and its number is the step.")));
    h += QStringLiteral("<nav><h2>%1</h2>\n<ol>\n").arg(esc(tr("Contents")));
    for (const GuideSection &section : m_content.sections)
        h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                 .arg(esc(section.anchor), esc(section.title));
    h += QStringLiteral("</ol></nav>\n");
    int sectionNumber = 0;
    for (const GuideSection &section : m_content.sections) {
        h += QStringLiteral("<section id=\"%1\">\n<h2>%2. %3</h2>\n")
                 .arg(esc(section.anchor))
                 .arg(++sectionNumber)
                 .arg(esc(section.title));
        if (!section.introduction.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(section.introduction));
        h += QStringLiteral("<ol class=\"steps\">\n");
        for (const GuideStep &step : section.steps) {
            h += QStringLiteral("<li value=\"%1\"><p>%2</p>\n")
                     .arg(step.number)
                     .arg(esc(step.instruction));
            h += QStringLiteral("<img src=\"%1\" alt=\"%2\" width=\"1024\">\n")
                     .arg(esc(step.image), esc(tr("Step %1").arg(step.number)));
            if (!step.plain.isEmpty())
                h += QStringLiteral("<a class=\"plain\" href=\"%1\">%2</a>\n")
                         .arg(esc(step.plain), esc(tr("Picture without marks")));
            h += QStringLiteral("</li>\n");
        }
        h += QStringLiteral("</ol>\n</section>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h;
}

bool GuideWriter::write(const QString &folder, QString *error) const
{
    const QDir dir(folder);
    return save(dir.filePath(QStringLiteral("index.md")), markdown(), error) &&
           save(dir.filePath(QStringLiteral("index.html")), html(), error);
}

GuideIndexEntry GuideWriter::indexEntry() const
{
    return {m_content.language, m_content.title, tr("Step-by-step guide (web page)"),
            tr("Printable handbook (PDF)")};
}

bool GuideWriter::writeIndex(const QString &folder, const QList<GuideIndexEntry> &entries,
                             QString *error)
{
    QStringList titles;
    for (const GuideIndexEntry &entry : entries)
        if (!titles.contains(entry.title))
            titles << entry.title;
    QString h;
    // The page is in the run's first language; each entry says its own.
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(htmlLanguage(entries.isEmpty() ? QStringLiteral("en")
                                                 : entries.constFirst().language));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(titles.join(QStringLiteral(" · "))));
    h += QLatin1String(Style) + QStringLiteral("</head>\n<body>\n");
    for (const GuideIndexEntry &entry : entries) {
        const QString folderName = entry.language + QLatin1Char('/');
        h += QStringLiteral("<section lang=\"%1\">\n<h1>%2</h1>\n<p>%3</p>\n<ul>\n")
                 .arg(htmlLanguage(entry.language), esc(entry.title),
                      esc(languageName(entry.language)));
        h += QStringLiteral("<li><a href=\"%1index.html\">%2</a></li>\n")
                 .arg(esc(folderName), esc(entry.guideLabel));
        h += QStringLiteral("<li><a href=\"%1%2\">%3</a></li>\n")
                 .arg(esc(folderName), esc(QLatin1String(HandbookFile)), esc(entry.handbookLabel));
        h += QStringLiteral("</ul>\n</section>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return save(QDir(folder).filePath(QStringLiteral("index.html")), h, error);
}

} // namespace oc::gui
