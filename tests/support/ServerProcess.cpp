#include "ServerProcess.h"

#include "store/DatabaseAdmin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <csignal>

namespace oc::test {

QString ServerProcess::executable()
{
    return QStringLiteral(OC_BILLING_API);
}

QString ServerProcess::location(const store::DatabaseConfig &config)
{
    if (config.kind == store::SqlDialect::Kind::Sqlite)
        return config.path;
    QString url = QStringLiteral("postgresql://");
    if (!config.user.isEmpty())
        url += config.user +
               (config.password.isEmpty() ? QString() : QLatin1Char(':') + config.password) +
               QLatin1Char('@');
    return url + config.host + QLatin1Char(':') + QString::number(config.port) + QLatin1Char('/') +
           config.name;
}

ServerProcess::Run ServerProcess::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(executable(), arguments);
    Run run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

ServerProcess::ServerProcess(const Options &options)
{
    QStringList arguments{QStringLiteral("serve"),
                          QStringLiteral("--listen"),
                          options.listen,
                          QStringLiteral("--database"),
                          location(options.database),
                          QStringLiteral("--password-cost"),
                          QStringLiteral("minimum"),
                          QStringLiteral("--workers"),
                          QStringLiteral("4")};
    if (options.demo) {
        arguments << QStringLiteral("--demo") << QStringLiteral("--freeze-clock");
        if (!options.demoTemplate.isEmpty())
            arguments << QStringLiteral("--demo-template") << options.demoTemplate;
        for (const QString &name : options.operators)
            arguments << QStringLiteral("--operator") << name;
        if (!options.operators.isEmpty())
            arguments << QStringLiteral("--token-dir") << m_dir.path();
    } else {
        for (const QString &name : options.operators) {
            const Run added = run({QStringLiteral("operator"), QStringLiteral("add"), name,
                                   QStringLiteral("--database"), location(options.database)});
            const QStringList lines = added.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (added.exitCode != 0 || lines.size() < 2)
                qFatal("billing-api operator add %s: %s", qPrintable(name), qPrintable(added.err));
            QFile file(tokenFile(name));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write a token file");
            file.write(lines.last().trimmed().toLatin1() + '\n');
        }
    }
    if (options.freezeClock && !options.demo)
        arguments << QStringLiteral("--freeze-clock");
    arguments << options.extraArguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = options.environment.cbegin(); it != options.environment.cend(); ++it)
        environment.insert(it.key(), it.value());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    m_process.setProcessEnvironment(environment);
    // OC_TEST_SERVER_LOG=1: the server's log goes to the test's stderr (debugging a suite).
    if (qEnvironmentVariableIntValue("OC_TEST_SERVER_LOG") == 1)
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(executable(), arguments);
    if (!m_process.waitForStarted(30000))
        qFatal("billing-api did not start");
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://[^\\s]+):(\\d+)"));
    QElapsedTimer timer;
    timer.start();
    QString out;
    while (timer.elapsed() < 120000) {
        if (m_process.state() == QProcess::NotRunning)
            qFatal("billing-api exited: %s",
                   qPrintable(QString::fromUtf8(m_process.readAllStandardError())));
        m_process.waitForReadyRead(200);
        out += QString::fromUtf8(m_process.readAllStandardOutput());
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        const auto match = listening.match(out);
        if (match.hasMatch()) {
            m_url = match.captured(1) + QLatin1Char(':') + match.captured(2);
            m_port = quint16(match.captured(2).toUInt());
            return;
        }
    }
    qFatal("billing-api did not listen within 2 minutes: %s", qPrintable(m_log));
}

ServerProcess::~ServerProcess()
{
    stop();
}

int ServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
        return -1;
    }
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

QString ServerProcess::log()
{
    // What the server wrote before now is in the pipe, not yet in QProcess's buffer (the
    // test may not have run the event loop since): drain it.
    m_process.setReadChannel(QProcess::StandardError);
    while (m_process.state() == QProcess::Running && m_process.waitForReadyRead(100))
        m_log += QString::fromUtf8(m_process.readAllStandardError());
    m_process.setReadChannel(QProcess::StandardOutput);
    m_log += QString::fromUtf8(m_process.readAllStandardError());
    return m_log;
}

QString ServerProcess::tokenFile(const QString &operatorName) const
{
    return QDir(m_dir.path()).filePath(operatorName + QStringLiteral(".token"));
}

QString ServerProcess::token(const QString &operatorName) const
{
    QFile file(tokenFile(operatorName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(file.readLine().trimmed());
}

} // namespace oc::test
