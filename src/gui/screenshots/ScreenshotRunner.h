#pragma once

#include "ConsoleDriver.h"
#include "GuideWriter.h"
#include "Scenario.h"
#include "gui/BackendFactory.h"

#include <QCoreApplication>
#include <QImage>
#include <QPointer>
#include <QRect>
#include <QString>
#include <QVariantMap>

#include <memory>
#include <optional>

class QWidget;
class QWizard;

namespace oc::gui {

class AppContext;
class LanguageManager;
class MainWindow;
class ScenarioDialogs;
class Wizard;

struct ScreenshotOptions
{
    QString outputDir;
    QStringList languages;
    int scale = 1;
    QString brand;
};

// Plays a scenario (Scenario.h) on a private copy of the demo data, once per language,
// through the real widgets, and writes the pictures and the guides
// (../shared/spec/demo.md, "Screenshots for training"). Everything it creates besides
// the output lives in a temporary folder that is removed at the end.
class ScreenshotRunner
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotRunner)
public:
    static constexpr int Width = 1024;
    static constexpr int Height = 720;

    ScreenshotRunner(Scenario scenario, ScreenshotOptions options, LanguageManager *language,
                     BackendFactory factory);
    ~ScreenshotRunner();

    // Returns the process exit code: 0, or non-zero with the failure printed on stderr.
    int run();

private:
    // A capture's picture and where its target is, or why there is none.
    struct Picture
    {
        QImage image;
        std::optional<QRect> target;
        QString error;
    };

    bool runLanguage(const QString &language, const QString &dataDir);
    bool runWizard(const ScenarioWizard &wizard, const QString &language, class GuideWriter &guide);
    bool runStep(const ScenarioStep &step, const QString &language, QString *error);
    void closeEverything();

    // The picture of what is on screen, once it has stopped changing.
    QImage settledShot();
    QImage shot();
    Picture picture(const ScenarioCapture &capture);
    QRect targetRect(QWidget *target) const;

    Scenario m_scenario;
    ScreenshotOptions m_options;
    LanguageManager *m_language;

    std::unique_ptr<ConsoleDriver> m_driver;
    bool m_demoUsed = false; // a language has played the story on the demo copy
    std::unique_ptr<ScenarioDialogs> m_dialogs;
    QString m_failure;
    QList<GuideIndexEntry> m_guides; // the languages written, for OUT/index.html
};

// Entry point of --screenshots once the QApplication exists.
int runScreenshots(const struct StartupOptions &options, LanguageManager *language,
                   const BackendFactory &factory);

} // namespace oc::gui
