#include "ConsoleApplication.h"

#include "AppContext.h"
#include "CommandLine.h"
#include "ConsoleStyle.h"
#include "Dialogs.h"
#include "ErrorText.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "core/Random.h"
#include "screenshots/ScreenshotRunner.h"
#include "tour/TourStart.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace oc::gui {

using namespace Qt::StringLiterals;

namespace {

void print(const QString &text, bool error)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fputs(bytes.constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

// The language of the command line's answers and of the console: --lang, else the one
// saved, else the system's.
QString startupLanguage(const QStringList &arguments)
{
    const QString lang = CommandLine::peekLanguage(arguments);
    if (LanguageManager::isSupported(lang))
        return lang;
    return QSettings()
        .value(QStringLiteral("language"), LanguageManager::systemLanguage())
        .toString();
}

// Qt's own options (QGuiApplication takes them out of the arguments; without it they are
// still there): the ones followed by a value, then the others.
QStringList withoutQtGuiOptions(QStringList arguments)
{
    static const QStringList withValue = {u"-platform"_s,        u"-platformpluginpath"_s,
                                          u"-platformtheme"_s,   u"-plugin"_s,
                                          u"-qwindowgeometry"_s, u"-qwindowicon"_s,
                                          u"-qwindowtitle"_s,    u"-style"_s,
                                          u"-stylesheet"_s,      u"-session"_s,
                                          u"-display"_s,         u"-geometry"_s,
                                          u"-title"_s,           u"-name"_s};
    static const QStringList alone = {u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s};
    for (int i = 1; i < arguments.size();) {
        if (withValue.contains(arguments.at(i)) && i + 1 < arguments.size())
            arguments.remove(i, 2);
        else if (alone.contains(arguments.at(i)))
            arguments.remove(i);
        else
            ++i;
    }
    return arguments;
}

QString defaultOperator()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OnboardingConsole"));
    QCoreApplication::setApplicationName(QStringLiteral("onboarding-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OC_VERSION));
}

std::optional<int> answerCommandLine(int argc, char *argv[])
{
    int count = argc;
    const QCoreApplication core(count, argv);
    setApplicationNames();
    const QStringList arguments = withoutQtGuiOptions(QCoreApplication::arguments());
    LanguageManager language;
    language.setLanguage(startupLanguage(arguments));
    const ParsedCommandLine parsed = CommandLine::parse(arguments);
    if (parsed.run)
        return std::nullopt;
    print(parsed.output, parsed.outputIsError);
    return parsed.exitCode;
}

namespace {

// This console's id for D-LOGIN's "Trust this browser?": made once from secure randomness
// and kept in the settings.
QString deviceId(QSettings &settings)
{
    const auto key = QStringLiteral("device/id");
    QString id = settings.value(key).toString();
    if (id.isEmpty()) {
        SecureRandom random;
        id = QStringLiteral("console-%1").arg(random.next64(), 16, 16, QLatin1Char('0'));
        settings.setValue(key, id);
    }
    return id;
}

} // namespace

int runConsole(QApplication &app, const BackendFactory &factory)
{
    applyConsoleStyle(app);
    // Our own informational logging is off unless asked for (QT_LOGGING_RULES).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("oc.*.info=false"));
    LanguageManager language;
    QSettings settings;
    const QStringList arguments = QCoreApplication::arguments();
    language.setLanguage(startupLanguage(arguments));

    const ParsedCommandLine parsed = CommandLine::parse(arguments);
    if (!parsed.run) {
        print(parsed.output, parsed.outputIsError);
        return parsed.exitCode;
    }
    const StartupOptions &options = parsed.options;
    if (!options.screenshotsDir.isEmpty())
        return runScreenshots(options, &language, factory);
    if (!options.tour.isEmpty())
        return runTour(options, &language, factory);
    if (!options.language.isEmpty()) {
        language.setLanguage(options.language);
        settings.setValue(QStringLiteral("language"), options.language);
    }
    QObject::connect(&language, &LanguageManager::languageChanged, [](const QString &current) {
        QSettings().setValue(QStringLiteral("language"), current);
    });

    BackendSpec spec;
    spec.actor = options.operatorName.isEmpty() ? defaultOperator() : options.operatorName;
    spec.hashCost = options.hashCost;
    if (!options.serverUrl.isEmpty()) {
        // The server journals the token's operator; --operator only names them here.
        spec.serverUrl = options.serverUrl;
        spec.token = options.token;
        spec.actor = options.operatorName.isEmpty() ? options.operatorId : options.operatorName;
    } else if (options.demo) {
        const QString dataDir =
            options.dataDir.isEmpty()
                ? QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
                : options.dataDir;
        if (!QDir().mkpath(dataDir)) {
            print(CommandLine::tr("Cannot create the data folder %1.").arg(dataDir) +
                      QLatin1Char('\n'),
                  true);
            return 3;
        }
        spec.demo = true;
        spec.dataDir = dataDir;
        // Demo data is generated with the minimum cost unless asked otherwise.
        if (!options.hashCostGiven)
            spec.hashCost = HashCost::Minimum;
    } else {
        spec.databasePath = options.databasePath;
    }

    const std::unique_ptr<Backend> backend = factory(spec);
    // Open (the database on the worker threads, or the server's GET /v1/version) while the
    // window is built here: calls the window makes meanwhile wait behind the opening.
    QFutureWatcher<Status> watcher;
    watcher.setFuture(backend->open());
    const QString brand =
        options.brand.isEmpty() ? QString::fromLatin1(AppContext::DefaultBrand) : options.brand;
    WidgetDialogs dialogs;
    AppContext context(backend.get(), &language, &dialogs);
    context.setBrand(brand);
    context.setOperatorName(spec.actor);
    context.setDeviceId(deviceId(settings));
    auto window = std::make_unique<MainWindow>(&context);
    window->setQuitAfterFirstPaint(options.quitAfterFirstPaint);

    if (!watcher.isFinished()) {
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const Status opened = watcher.result();
    if (!opened.ok()) {
        window.reset();
        const QString message = ErrorText::message(opened.error(), brand);
        print(message + QLatin1Char('\n'), true);
        if (!options.quitAfterFirstPaint && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, CommandLine::tr("Onboarding Console"), message);
        return 3;
    }
    // A remote backend knows whether its server is a demo only now.
    window->showBackendInfo();
    window->show();
    return QApplication::exec();
}

} // namespace oc::gui
