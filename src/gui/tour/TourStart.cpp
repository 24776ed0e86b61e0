#include "TourStart.h"

#include "GuidedTour.h"
#include "TourPanel.h"
#include "gui/CommandLine.h"
#include "gui/Dialogs.h"
#include "gui/LanguageManager.h"
#include "gui/MainWindow.h"
#include "gui/screenshots/ConsoleDriver.h"

#include <QApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace oc::gui {

namespace {

void printError(const QString &text)
{
    std::fputs((text + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
}

} // namespace

int runTour(const StartupOptions &options, LanguageManager *language, const BackendFactory &factory)
{
    if (!options.language.isEmpty())
        language->setLanguage(options.language);
    QString error;
    const std::optional<Scenario> scenario = Scenario::load(options.scenario, &error);
    if (!scenario) {
        printError(GuidedTour::tr("Scenario %1: %2").arg(options.scenario, error));
        return 2;
    }
    const auto entry = std::find_if(scenario->wizards.cbegin(), scenario->wizards.cend(),
                                    [&](const ScenarioWizard &w) { return w.id == options.tour; });
    if (entry == scenario->wizards.cend()) { // CommandLine checked it; a file may change
        printError(GuidedTour::tr("The scenario has no entry \"%1\".").arg(options.tour));
        return 2;
    }
    QTemporaryDir dataDir;
    if (!dataDir.isValid()) {
        printError(
            GuidedTour::tr("The tour cannot create its folder: %1").arg(dataDir.errorString()));
        return 3;
    }
    WidgetDialogs dialogs;
    ConsoleDriver driver(language, factory);
    if (!driver.open(dataDir.path(), false, &dialogs, options.brand, QSize(1100, 760), &error)) {
        printError(GuidedTour::tr("The tour cannot start: %1").arg(error));
        return 4;
    }
    GuidedTour tour(driver, *entry, language->current());
    QObject::connect(&tour, &GuidedTour::closeRequested, qApp, &QApplication::quit,
                     Qt::QueuedConnection);
    if (!tour.start(&error)) {
        printError(GuidedTour::tr("The tour cannot open \"%1\": %2").arg(options.tour, error));
        return 4;
    }
    // Closing the console's window ends the tour too (the panel is a tool window).
    const int code = QApplication::exec();
    driver.close();
    return code;
}

QStringList tourArguments(const QString &entry, const QString &language, const QString &brand)
{
    QStringList arguments = {QStringLiteral("--tour"), entry, QStringLiteral("--lang"), language};
    if (!brand.isEmpty())
        arguments << QStringLiteral("--brand") << brand;
    return arguments;
}

} // namespace oc::gui
