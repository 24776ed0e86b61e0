#pragma once

// A real `billing-api` process for the tests (the API tests, and the services and GUI
// suites run against the remote backend): started on 127.0.0.1 on a free port, over a
// database of the suite's store, stopped with SIGTERM when done.

#include "store/Database.h"

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace oc::test {

class ServerProcess
{
public:
    struct Options
    {
        store::DatabaseConfig database;
        bool demo = false;
        QString demoTemplate;
        QStringList operators = {QStringLiteral("test")}; // each gets a token
        QStringList extraArguments;
        QString listen = QStringLiteral("127.0.0.1:0"); // HOST:PORT (0: any free port)
        // Not demo: the demo clock a store carries stays where it is (--freeze-clock).
        bool freezeClock = false;
        // Set in the server's environment (e.g. OC_TEST_HOLD_BEFORE_COMMIT).
        QMap<QString, QString> environment;
    };

    // Another server over a store a first one made and serves: its operators are there
    // already, and the demo clock the store may carry stays where it is.
    static Options sameStore(const store::DatabaseConfig &database)
    {
        Options options;
        options.database = database;
        options.operators = {};
        options.freezeClock = true;
        return options;
    }

    // Starts the server (adding the operators first when not demo) and waits until it
    // listens; qFatal()s when it cannot.
    explicit ServerProcess(const Options &options);
    ~ServerProcess(); // SIGTERM, then waits

    QString url() const { return m_url; }
    quint16 port() const { return m_port; }
    QString token(const QString &operatorName = QStringLiteral("test")) const;
    QString tokenFile(const QString &operatorName = QStringLiteral("test")) const;
    // Stops the server (SIGTERM) and returns its exit code (-1 if it had to be killed).
    int stop();
    QProcess &process() { return m_process; }
    // Everything the server wrote on stderr so far (its log).
    QString log();

    // Runs `billing-api ARGS` to its end: exit code, stdout and stderr.
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, int timeoutMs = 60000);
    // The `--database` argument for `config` (a file path or a postgresql:// URL).
    static QString location(const store::DatabaseConfig &config);
    static QString executable();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    quint16 m_port = 0;
    QString m_log;
};

} // namespace oc::test
