#pragma once

#include "core/PasswordHasher.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QStringList>

namespace oc::server {

// What `billing-api` was asked to do (ServerCommandLine::parse).
struct ServerCommand
{
    enum class Kind
    {
        Serve,
        OperatorAdd,
        OperatorList,
        OperatorRevoke,
        Migrate,
        KooGalleryCall,
    };
    Kind kind = Kind::Serve;
    store::DatabaseConfig database;
    bool databaseGiven = false;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    bool demo = false;
    QString demoTemplate; // demo: the template's file or database name (default: derived)
    bool freezeClock = false;
    HashCost hashCost = HashCost::Interactive;
    bool hashCostGiven = false;
    int workers = 0;       // 0: as many as suit the store (defaultWorkers)
    QStringList operators; // demo: operators to create, their tokens written to tokenDir
    QString tokenDir;
    QString operatorName; // operator add / revoke
    // The access key KooGallery signs with (--koogallery-key-file; serve, koogallery-call).
    QByteArray koogalleryKey;
    // koogallery-call: the activity, the server's URL and the call's fields (NAME=VALUE).
    QString activity;
    QString url;
    QList<std::pair<QString, QString>> fields;
};

struct ParsedServerCommand
{
    bool run = false;
    int exitCode = 0;
    QString output;
    bool outputIsError = false;
    ServerCommand command;
};

// The command line of `billing-api` (README "Team server"). Bad flags give one specific,
// translated line and exit code 2; --help and --version print and exit 0.
class ServerCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(ServerCommandLine)
public:
    static ParsedServerCommand parse(const QStringList &arguments);
    static QString help();

private:
    static ParsedServerCommand parseCall(ParsedServerCommand parsed, QStringList args);
};

} // namespace oc::server
