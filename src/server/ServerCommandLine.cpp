#include "ServerCommandLine.h"

#include "store/DatabaseAdmin.h"

#include <QFile>
#include <QHostAddress>
#include <QUrl>

#include <optional>

namespace oc::server {

namespace {

ParsedServerCommand refuse(const QString &message)
{
    ParsedServerCommand parsed;
    parsed.exitCode = 2;
    parsed.output = QStringLiteral("billing-api: ") + message + QLatin1Char('\n') +
                    ServerCommandLine::tr("Try 'billing-api --help'.") + QLatin1Char('\n');
    parsed.outputIsError = true;
    return parsed;
}

// The key file's content: one line of 16 to 256 printable ASCII characters (the access
// key KooGallery shows the seller), surrounding white space ignored.
std::optional<QString> readKeyFile(const QString &path, QByteArray *key)
{
    QFile file(path);
    if (!file.exists())
        return ServerCommandLine::tr("--koogallery-key-file: %1 does not exist.").arg(path);
    if (!file.open(QIODevice::ReadOnly))
        return ServerCommandLine::tr("--koogallery-key-file: %1 cannot be read (%2).")
            .arg(path, file.errorString());
    const QByteArray content = file.read(4096).trimmed();
    bool printable = !content.isEmpty();
    for (const char c : content)
        printable = printable && c > ' ' && c < 127;
    if (!printable || content.size() < 16 || content.size() > 256)
        return ServerCommandLine::tr("--koogallery-key-file: %1 must hold the access key alone: "
                                     "16 to 256 printable characters without spaces.")
            .arg(path);
    *key = content;
    return std::nullopt;
}

} // namespace

QString ServerCommandLine::help()
{
    return tr("Usage:\n"
              "  billing-api serve --database PATH|postgresql://USER@HOST:PORT/NAME "
              "[--listen HOST:PORT] [--workers N]\n"
              "  billing-api serve --demo [--database ...] [--operator NAME --token-dir DIR]...\n"
              "  billing-api operator add NAME --database ...\n"
              "  billing-api operator list --database ...\n"
              "  billing-api operator revoke NAME --database ...\n"
              "  billing-api migrate --database ...\n"
              "  billing-api koogallery-call ACTIVITY --url URL --key-file FILE [NAME=VALUE]...\n"
              "\n"
              "The billing API server of the Onboarding Console: the consoles of a team talk "
              "to it over HTTP (onboarding-console --server URL --token-file FILE).\n"
              "\n"
              "Options:\n"
              "  --database LOCATION      the store: a SQLite file, or a PostgreSQL database as "
              "postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME\n"
              "  --listen HOST:PORT       where to listen (default 127.0.0.1:8080; port 0: any "
              "free port)\n"
              "  --workers N              threads that serve calls (1-64; default: the CPU "
              "cores, twice that on PostgreSQL, at least 2)\n"
              "  --demo                   serve a fresh copy of the demo story (the demo clock "
              "can be advanced); --database then names the copy (default: a temporary file)\n"
              "  --demo-template LOCATION the demo's template (default: next to the copy)\n"
              "  --operator NAME          with --demo: create this operator (repeatable)\n"
              "  --token-dir DIR          with --operator: write each token to DIR/NAME.token\n"
              "  --freeze-clock           a store with a demo clock (--demo, or a demo copy "
              "another server serves): the clock moves only when advanced\n"
              "  --koogallery-key-file FILE\n"
              "                           the access key KooGallery signs its calls to "
              "POST /koogallery/saas with (without it they are refused)\n"
              "  --password-cost interactive|minimum\n"
              "                           Argon2id cost of new password hashes (default: "
              "interactive; minimum in demo mode)\n"
              "\n"
              "koogallery-call signs and sends one call as KooGallery does, to test a "
              "deployment: ACTIVITY is newInstance, refreshInstance, updateInstanceStatus, "
              "releaseInstance or queryInstance; each NAME=VALUE is a field of the call "
              "(instanceIds=ID,ID,... for queryInstance). It prints the answer; the exit code "
              "is 0 for result code 000000, 1 for another result code, 3 when the server "
              "cannot be reached or its answer is not signed with the key.\n"
              "  --url URL                the server, e.g. http://127.0.0.1:8080\n"
              "  --key-file FILE          the access key, as for --koogallery-key-file\n"
              "\n"
              "  -h, --help               this help\n"
              "  -v, --version            the version\n");
}

ParsedServerCommand ServerCommandLine::parse(const QStringList &arguments)
{
    ParsedServerCommand parsed;
    QStringList args = arguments.mid(1);
    if (args.isEmpty())
        return refuse(tr("no command given (serve, operator, migrate, koogallery-call)."));
    if (args.contains(QStringLiteral("-h")) || args.contains(QStringLiteral("--help"))) {
        parsed.output = help();
        return parsed;
    }
    if (args.contains(QStringLiteral("-v")) || args.contains(QStringLiteral("--version"))) {
        parsed.output =
            QStringLiteral("billing-api %1\n").arg(QCoreApplication::applicationVersion());
        return parsed;
    }
    ServerCommand &c = parsed.command;
    const QString command = args.takeFirst();
    if (command == u"serve") {
        c.kind = ServerCommand::Kind::Serve;
    } else if (command == u"migrate") {
        c.kind = ServerCommand::Kind::Migrate;
    } else if (command == u"operator") {
        if (args.isEmpty() || args.first().startsWith(u"-"))
            return refuse(tr("'operator' needs add, list or revoke."));
        const QString sub = args.takeFirst();
        if (sub == u"list") {
            c.kind = ServerCommand::Kind::OperatorList;
        } else if (sub == u"add" || sub == u"revoke") {
            c.kind = sub == u"add" ? ServerCommand::Kind::OperatorAdd
                                   : ServerCommand::Kind::OperatorRevoke;
            if (args.isEmpty() || args.first().startsWith(u"-"))
                return refuse(tr("'operator %1' needs the operator's name.").arg(sub));
            c.operatorName = args.takeFirst();
        } else {
            return refuse(tr("unknown operator command '%1' (add, list, revoke).").arg(sub));
        }
    } else if (command == u"koogallery-call") {
        c.kind = ServerCommand::Kind::KooGalleryCall;
        if (args.isEmpty() || args.first().startsWith(u"-"))
            return refuse(tr("'koogallery-call' needs the activity (newInstance, "
                             "refreshInstance, updateInstanceStatus, releaseInstance, "
                             "queryInstance)."));
        c.activity = args.takeFirst();
        static const QStringList activities = {
            QStringLiteral("newInstance"), QStringLiteral("refreshInstance"),
            QStringLiteral("updateInstanceStatus"), QStringLiteral("releaseInstance"),
            QStringLiteral("queryInstance")};
        if (!activities.contains(c.activity))
            return refuse(tr("unknown activity '%1' (newInstance, refreshInstance, "
                             "updateInstanceStatus, releaseInstance, queryInstance).")
                              .arg(c.activity));
        return parseCall(parsed, args);
    } else {
        return refuse(
            tr("unknown command '%1' (serve, operator, migrate, koogallery-call).").arg(command));
    }

    const bool serving = c.kind == ServerCommand::Kind::Serve;
    while (!args.isEmpty()) {
        const QString option = args.takeFirst();
        const auto value = [&](QString *out) -> bool {
            if (args.isEmpty() || args.first().startsWith(QStringLiteral("--")))
                return false;
            *out = args.takeFirst();
            return true;
        };
        QString v;
        const auto serveOnly = [&] { return !serving; };
        if (option == u"--database") {
            if (!value(&v) || v.trimmed().isEmpty())
                return refuse(tr("--database needs a file or a postgresql:// URL."));
            const auto location = store::admin::parseLocation(v);
            if (!location.ok())
                return refuse(
                    tr("--database: %1 is not a usable location (%2).")
                        .arg(location.error().args.value(QStringLiteral("path")).toString(),
                             location.error().args.value(QStringLiteral("detail")).toString()));
            c.database = location.value();
            c.databaseGiven = true;
        } else if (option == u"--password-cost") {
            if (!value(&v) || (v != u"interactive" && v != u"minimum"))
                return refuse(tr("--password-cost must be 'interactive' or 'minimum'."));
            c.hashCost = v == u"minimum" ? HashCost::Minimum : HashCost::Interactive;
            c.hashCostGiven = true;
        } else if (option == u"--listen") {
            if (serveOnly())
                return refuse(tr("--listen is an option of 'serve'."));
            if (!value(&v))
                return refuse(tr("--listen needs HOST:PORT, e.g. 127.0.0.1:8080."));
            const qsizetype colon = v.lastIndexOf(QLatin1Char(':'));
            bool ok = false;
            const int port = colon > 0 ? v.mid(colon + 1).toInt(&ok) : -1;
            QString host = colon > 0 ? v.left(colon) : QString();
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            if (!ok || port < 0 || port > 65535 ||
                (host != u"localhost" && QHostAddress(host).isNull()))
                return refuse(tr("--listen: '%1' is not HOST:PORT with an IP address (or "
                                 "localhost) and a port 0-65535.")
                                  .arg(v));
            c.listenHost = host == u"localhost" ? QStringLiteral("127.0.0.1") : host;
            c.port = quint16(port);
        } else if (option == u"--workers") {
            bool ok = false;
            const int n = value(&v) ? v.toInt(&ok) : 0;
            if (serveOnly())
                return refuse(tr("--workers is an option of 'serve'."));
            if (!ok || n < 1 || n > 64)
                return refuse(tr("--workers needs a number from 1 to 64."));
            c.workers = n;
        } else if (option == u"--demo") {
            if (serveOnly())
                return refuse(tr("--demo is an option of 'serve'."));
            c.demo = true;
        } else if (option == u"--demo-template") {
            if (serveOnly() || !value(&v) || v.trimmed().isEmpty())
                return refuse(tr("--demo-template needs a file or database name (with 'serve "
                                 "--demo')."));
            c.demoTemplate = v;
        } else if (option == u"--koogallery-key-file") {
            if (serveOnly())
                return refuse(tr("--koogallery-key-file is an option of 'serve'."));
            if (!value(&v) || v.trimmed().isEmpty())
                return refuse(tr("--koogallery-key-file needs the file that holds the key."));
            if (const auto problem = readKeyFile(v, &c.koogalleryKey))
                return refuse(*problem);
        } else if (option == u"--freeze-clock") {
            if (serveOnly())
                return refuse(tr("--freeze-clock is an option of 'serve'."));
            c.freezeClock = true;
        } else if (option == u"--operator") {
            if (serveOnly() || !value(&v) || v.trimmed().isEmpty())
                return refuse(tr("--operator needs a name (with 'serve --demo')."));
            c.operators << v.trimmed();
        } else if (option == u"--token-dir") {
            if (serveOnly() || !value(&v) || v.trimmed().isEmpty())
                return refuse(tr("--token-dir needs a folder (with 'serve --demo --operator')."));
            c.tokenDir = v;
        } else {
            return refuse(tr("unknown option '%1'.").arg(option));
        }
    }
    if (!c.databaseGiven && !c.demo)
        return refuse(tr("--database is required."));
    if (!c.demo && (!c.demoTemplate.isEmpty() || !c.operators.isEmpty()))
        return refuse(tr("--demo-template and --operator need --demo."));
    if (!c.operators.isEmpty() && c.tokenDir.isEmpty())
        return refuse(tr("--operator needs --token-dir, where its token is written."));
    if (c.demo && !c.hashCostGiven)
        c.hashCost = HashCost::Minimum;
    parsed.run = true;
    return parsed;
}

ParsedServerCommand ServerCommandLine::parseCall(ParsedServerCommand parsed, QStringList args)
{
    ServerCommand &c = parsed.command;
    while (!args.isEmpty()) {
        const QString arg = args.takeFirst();
        if (arg == u"--url") {
            const QUrl url(args.isEmpty() ? QString() : args.takeFirst(), QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") ||
                url.host().isEmpty())
                return refuse(tr("--url needs the server's http:// or https:// address, e.g. "
                                 "http://127.0.0.1:8080."));
            c.url = url.toString();
        } else if (arg == u"--key-file") {
            if (args.isEmpty() || args.first().trimmed().isEmpty())
                return refuse(tr("--key-file needs the file that holds the key."));
            if (const auto problem = readKeyFile(args.takeFirst(), &c.koogalleryKey))
                return refuse(*problem);
        } else if (arg.startsWith(u"--")) {
            return refuse(tr("unknown option '%1'.").arg(arg));
        } else {
            const qsizetype equals = arg.indexOf(QLatin1Char('='));
            if (equals < 1)
                return refuse(tr("'%1' is not a field: NAME=VALUE, e.g. orderId=CS2512041200ABCDE.")
                                  .arg(arg));
            const QString name = arg.left(equals);
            if (name == u"activity")
                return refuse(tr("the activity is given before the fields, not as a field."));
            for (const auto &field : std::as_const(c.fields))
                if (field.first == name)
                    return refuse(tr("the field %1 is given twice.").arg(name));
            c.fields.append({name, arg.mid(equals + 1)});
        }
    }
    if (c.url.isEmpty())
        return refuse(tr("koogallery-call needs --url."));
    if (c.koogalleryKey.isEmpty())
        return refuse(tr("koogallery-call needs --key-file."));
    parsed.run = true;
    return parsed;
}

} // namespace oc::server
