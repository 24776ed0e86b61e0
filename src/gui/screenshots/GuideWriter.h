#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace oc::gui {

// What the generator collected for one language's guide, written by GuideWriter (Markdown,
// HTML) and HandbookWriter (PDF) alike. The texts come from the scenario; the pictures'
// paths are relative to the language's folder (OUT/<lang>).
struct GuideStep
{
    int number = 0;
    QString instruction;
    // The picture shown (the annotated copy when there is one), and the picture without
    // marks (empty when `image` is already plain).
    QString image;
    QString plain;
};

struct GuideSection
{
    QString anchor; // the section's id in index.html, also its pictures' folder
    QString title;
    QString introduction;
    QList<GuideStep> steps;
};

struct GuideContent
{
    QString language; // "en", "zh_CN"
    QString title;
    QString brand;         // the product's brand (a setting, --brand), for the handbook
    QStringList languages; // every language of the run, for the language switch
    QList<GuideSection> sections;
};

// One language's entry in the top-level OUT/index.html, in that language.
struct GuideIndexEntry
{
    QString language;
    QString title;
    QString guideLabel;
    QString handbookLabel;
};

// The step-by-step training guide of one language: OUT/<lang>/index.md and a
// self-contained index.html (relative links only, works offline), each wizard with its
// title and one numbered instruction per step with its picture, a table of contents and
// a switch to the other languages' guides and the handbooks. The guide's own headings are
// translated here, in the language loaded while it is written.
class GuideWriter
{
    Q_DECLARE_TR_FUNCTIONS(GuideWriter)
public:
    static constexpr auto HandbookFile = "handbook.pdf";

    GuideWriter(QString language, QString title, QString brand = {}, QStringList languages = {});

    void beginSection(const QString &anchor, const QString &title, const QString &introduction);
    void addStep(int number, const QString &instruction, const QString &image,
                 const QString &plain);
    const GuideContent &content() const { return m_content; }

    // Writes both files into `folder`; false with `error` set on failure.
    bool write(const QString &folder, QString *error) const;
    // This guide's entry of the top-level index, translated now (the guide's language is
    // the one loaded).
    GuideIndexEntry indexEntry() const;
    // OUT/index.html: every language's guide and handbook, each in its own language.
    static bool writeIndex(const QString &folder, const QList<GuideIndexEntry> &entries,
                           QString *error);
    // A language's name in that language, as in the console's Language menu.
    static QString languageName(const QString &language);

private:
    QString markdown() const;
    QString html() const;

    GuideContent m_content;
};

} // namespace oc::gui
