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

} // namespace

GuideWriter::GuideWriter(QString language, QString title)
    : m_language(std::move(language))
    , m_title(std::move(title))
{}

void GuideWriter::beginSection(const QString &anchor, const QString &title,
                               const QString &introduction)
{
    m_sections.append({anchor, title, introduction, {}});
}

void GuideWriter::addStep(int number, const QString &instruction, const QString &image,
                          const QString &plain)
{
    if (m_sections.isEmpty())
        beginSection(QString(), QString(), QString());
    m_sections.last().steps.append({number, instruction, image, plain});
}

QString GuideWriter::markdown() const
{
    QString md;
    md += QStringLiteral("# %1\n\n").arg(m_title);
    md += tr("One section per task; in each picture the red frame marks the control to use "
             "next, and its number is the step.") +
          QStringLiteral("\n\n");
    int sectionNumber = 0;
    for (const Section &section : m_sections) {
        md += QStringLiteral("## %1. %2\n\n").arg(++sectionNumber).arg(section.title);
        if (!section.introduction.isEmpty())
            md += section.introduction + QStringLiteral("\n\n");
        for (const Step &step : section.steps) {
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
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
             .arg(QString(m_language).replace(QLatin1Char('_'), QLatin1Char('-')));
    h += QStringLiteral("<title>%1</title>\n").arg(esc(m_title));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; "
        "color: #202124; }\n"
        "h1 { font-size: 1.6em; } h2 { margin-top: 2em; border-bottom: 1px solid #dadce0; }\n"
        "ol.steps > li { margin: 1.2em 0; }\n"
        "ol.steps img { display: block; max-width: 100%; height: auto; margin: 0.6em 0; "
        "border: 1px solid #dadce0; }\n"
        "a.plain { font-size: 0.9em; }\n"
        "</style>\n</head>\n<body>\n");
    h += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_title));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(tr("One section per task; in each picture the red frame marks the control "
                         "to use next, and its number is the step.")));
    h += QStringLiteral("<nav><h2>%1</h2>\n<ol>\n").arg(esc(tr("Contents")));
    for (const Section &section : m_sections)
        h += QStringLiteral("<li><a href=\"#%1\">%2</a></li>\n")
                 .arg(esc(section.anchor), esc(section.title));
    h += QStringLiteral("</ol></nav>\n");
    int sectionNumber = 0;
    for (const Section &section : m_sections) {
        h += QStringLiteral("<section id=\"%1\">\n<h2>%2. %3</h2>\n")
                 .arg(esc(section.anchor))
                 .arg(++sectionNumber)
                 .arg(esc(section.title));
        if (!section.introduction.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(section.introduction));
        h += QStringLiteral("<ol class=\"steps\">\n");
        for (const Step &step : section.steps) {
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

} // namespace oc::gui
