#pragma once

#include "core/PasswordHasher.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace oc::gui {

struct StartupOptions
{
    bool demo = false;
    QString databasePath; // empty in demo mode and with a server
    // --server: the billing API server ("http://host:port"); empty: a local database.
    QString serverUrl;
    // The operator's token for the server (--token-file, OC_OPERATOR_TOKEN or the setting
    // server/token): a secret, never printed. `operatorId` is its part before the '.'.
    QString token;
    QString operatorId;
    QString language;     // empty: remembered or system language
    QString brand;        // empty: the default brand
    QString dataDir;      // where the demo copy and its template live
    QString operatorName; // recorded in the journal
    HashCost hashCost = HashCost::Interactive;
    bool hashCostGiven = false; // demo mode defaults to the minimum cost otherwise
    bool quitAfterFirstPaint = false;
    // Training screenshots (--screenshots): the output folder (empty: run the console),
    // the languages to render, the scenario (a built-in name or a file) and the scale.
    QString screenshotsDir;
    QStringList screenshotLanguages;
    QString scenario = QStringLiteral("default");
    // --tour: the scenario's entry played as a guided tour (empty: none).
    QString tour;
    int scale = 1;
};

// The result of parsing the command line: run with options, or exit with a code after
// printing `output` (help, version, or a specific error).
struct ParsedCommandLine
{
    bool run = false;
    int exitCode = 0;
    QString output;
    bool outputIsError = false;
    StartupOptions options;
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // `arguments` includes the program name, as QCoreApplication::arguments().
    static ParsedCommandLine parse(const QStringList &arguments);
    // The value of --lang, if given, read before translations are installed.
    static QString peekLanguage(const QStringList &arguments);
    // Whether --screenshots is among the raw arguments (before QApplication exists).
    static bool wantsScreenshots(int argc, const char *const *argv);

    // Where the operator token comes from without --token-file: this environment variable,
    // else this key of the console's settings.
    static constexpr auto TokenVariable = "OC_OPERATOR_TOKEN";
    static constexpr auto TokenSetting = "server/token";
    // The operator id of a token "<operatorId>.<secret>" (printable ASCII, no spaces);
    // empty when `token` is not of that form.
    static QString operatorIdOf(const QString &token);
};

} // namespace oc::gui
