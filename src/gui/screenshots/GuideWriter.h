#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oc::gui {

// The step-by-step training guide of one language: OUT/<lang>/index.md and a
// self-contained index.html, each wizard with its title and one numbered instruction per
// step with its picture (paths relative to the guide). The texts come from the scenario;
// the guide's own headings are translated here.
class GuideWriter
{
    Q_DECLARE_TR_FUNCTIONS(GuideWriter)
public:
    GuideWriter(QString language, QString title);

    void beginSection(const QString &anchor, const QString &title, const QString &introduction);
    // `image` is the picture shown (the annotated copy when there is one), `plain` the
    // picture without marks (empty when `image` is already plain).
    void addStep(int number, const QString &instruction, const QString &image,
                 const QString &plain);
    // Writes both files into `folder`; false with `error` set on failure.
    bool write(const QString &folder, QString *error) const;

private:
    struct Step
    {
        int number;
        QString instruction;
        QString image;
        QString plain;
    };
    struct Section
    {
        QString anchor;
        QString title;
        QString introduction;
        QList<Step> steps;
    };

    QString markdown() const;
    QString html() const;

    QString m_language;
    QString m_title;
    QList<Section> m_sections;
};

} // namespace oc::gui
