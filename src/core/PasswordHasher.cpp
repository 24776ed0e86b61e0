#include "PasswordHasher.h"

#include "Random.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <optional>
#include <sodium.h>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <chrono>
#include <csignal>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>
extern char **environ;
#endif

namespace oc {

namespace {

Q_LOGGING_CATEGORY(lcHash, "oc.hash")

// Argon2id at interactive cost keeps a core busy for about 0.1 s (and 64 MiB). On a server
// the requests beside a login must not wait for it: every hash runs on a few threads of its
// own (no more at once than there are cores, which also bounds the memory) whose CPU
// priority is lowered for good (Linux: nice 10, set once per thread; an unprivileged process
// may lower its priority, not raise it back), and with useHelperProcesses() each thread
// hands it to a process of its own. The caller waits for the result; the wait costs no CPU.
template<class T, class Work>
T onHashingThread(Work work)
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        p->setExpiryTimeout(-1); // a thread keeps its helper process
        return p;
    }();
    T result{};
    QSemaphore done;
    pool->start([&] {
#ifdef Q_OS_LINUX
        static thread_local const bool lowered = [] {
            const id_t thread = id_t(gettid());
            errno = 0;
            const int now = getpriority(PRIO_PROCESS, thread);
            return errno == 0 && now < 10 && setpriority(PRIO_PROCESS, thread, 10) == 0;
        }();
        Q_UNUSED(lowered);
#endif
        result = work();
        done.release();
    });
    done.acquire();
    return result;
}

bool hashHere(const QByteArray &utf8, HashCost cost, QByteArray *hash)
{
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = cost == HashCost::Interactive;
    const auto ops = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return false;
    *hash = QByteArray(out);
    return true;
}

bool verifyHere(const QByteArray &stored, const QByteArray &utf8)
{
    // crypto_pwhash_str_verify reads a NUL-terminated string: a stored hash with a NUL
    // inside is not a hash.
    if (stored.contains('\0'))
        return false;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

// The helper's requests and answers, over a socket pair. A request: its kind (HashInteractive,
// HashMinimum: one field, the password; Verify: two, the stored hash and the password), then
// its fields. An answer: Yes or No, then one field (the hash made; empty otherwise). A field:
// its length (32 bits, this machine's order: the helper is this program on this machine),
// then its bytes.
constexpr char HashInteractive = 'I';
constexpr char HashMinimum = 'M';
constexpr char Verify = 'V';
constexpr char Yes = 'Y';
constexpr char No = 'N';
constexpr quint32 MaxField = 1u << 20; // far beyond a password the API's body limit lets in

void appendField(QByteArray &message, const QByteArray &field)
{
    const quint32 size = quint32(field.size());
    message.append(reinterpret_cast<const char *>(&size), sizeof size);
    message.append(field);
}

struct HelperAnswer
{
    bool yes = false;
    QByteArray field;
};

#ifdef Q_OS_LINUX

// Moves all `size` bytes at `data` through `io` (a send or a read of at most the bytes given,
// answering how many it moved), again after a signal; false at an error or the end.
template<class Bytes, class Io>
bool moveAll(Bytes *data, qsizetype size, Io io)
{
    while (size > 0) {
        const ssize_t n = io(data, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool writeAll(int fd, const char *data, qsizetype size)
{
    return moveAll(data, size, [fd](const char *from, size_t bytes) {
        return ::send(fd, from, bytes, MSG_NOSIGNAL);
    });
}

bool readAll(int fd, char *data, qsizetype size)
{
    return moveAll(data, size, [fd](char *into, size_t bytes) { return ::read(fd, into, bytes); });
}

bool readField(int fd, QByteArray *field)
{
    quint32 size = 0;
    if (!readAll(fd, reinterpret_cast<char *>(&size), sizeof size) || size > MaxField)
        return false;
    field->resize(qsizetype(size));
    return readAll(fd, field->data(), field->size());
}

struct HelperCommand
{
    QMutex mutex;
    QByteArray program; // empty: hashes are made in this process
    QList<QByteArray> arguments;
    int generation = 0;
};

HelperCommand &helperCommand()
{
    static HelperCommand command;
    return command;
}

// One hashing thread's helper process, started when first needed.
class HelperProcess
{
public:
    HelperProcess() = default;
    HelperProcess(const HelperProcess &) = delete;
    HelperProcess &operator=(const HelperProcess &) = delete;
    ~HelperProcess() { stop(false); }

    // The helper's answer to `request`; nothing when there is no helper to ask (then the
    // caller hashes in this process).
    std::optional<HelperAnswer> ask(const QByteArray &request)
    {
        QByteArray program;
        QList<QByteArray> arguments;
        {
            HelperCommand &command = helperCommand();
            const QMutexLocker lock(&command.mutex);
            if (command.generation != m_generation) {
                stop(false);
                m_generation = command.generation;
                m_retryAt = {};
            }
            program = command.program;
            arguments = command.arguments;
        }
        if (program.isEmpty() || Clock::now() < m_retryAt)
            return std::nullopt;
        // A helper that has gone (killed, or a crash) is started again once.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_socket < 0 && !start(program, arguments))
                break;
            if (auto answer = exchange(request))
                return answer;
            stop(true);
        }
        qCWarning(lcHash).noquote() << "the hash helper" << QString::fromLocal8Bit(program)
                                    << "could not be started or stopped answering; hashing in"
                                    << "this process for a minute";
        m_retryAt = Clock::now() + std::chrono::minutes(1);
        return std::nullopt;
    }

private:
    using Clock = std::chrono::steady_clock;

    bool start(QByteArray program, QList<QByteArray> arguments)
    {
        int pair[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
            return false;
        // An answer overdue by far means a helper that hangs: it is replaced.
        const timeval patience{120, 0};
        ::setsockopt(pair[0], SOL_SOCKET, SO_RCVTIMEO, &patience, sizeof patience);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pair[1], STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions, pair[1], STDOUT_FILENO);
        posix_spawnattr_t attributes;
        posix_spawnattr_init(&attributes);
        sigset_t none;
        sigemptyset(&none);
        posix_spawnattr_setsigmask(&attributes, &none);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK);
        std::vector<char *> argv{program.data()};
        for (QByteArray &argument : arguments)
            argv.push_back(argument.data());
        argv.push_back(nullptr);
        pid_t pid = -1;
        const int spawned =
            ::posix_spawn(&pid, program.constData(), &actions, &attributes, argv.data(), environ);
        posix_spawnattr_destroy(&attributes);
        posix_spawn_file_actions_destroy(&actions);
        ::close(pair[1]);
        if (spawned != 0) {
            ::close(pair[0]);
            return false;
        }
        m_socket = pair[0];
        m_pid = pid;
        return true;
    }

    std::optional<HelperAnswer> exchange(const QByteArray &request) const
    {
        HelperAnswer answer;
        char verdict = 0;
        if (!writeAll(m_socket, request.constData(), request.size()) ||
            !readAll(m_socket, &verdict, 1) || (verdict != Yes && verdict != No) ||
            !readField(m_socket, &answer.field))
            return std::nullopt;
        answer.yes = verdict == Yes;
        return answer;
    }

    // Ends the helper: `kill`, at once; else it ends when its input does.
    void stop(bool kill)
    {
        if (m_socket >= 0)
            ::close(m_socket);
        m_socket = -1;
        if (m_pid <= 0)
            return;
        if (kill)
            ::kill(m_pid, SIGKILL);
        while (::waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) {
        }
        m_pid = -1;
    }

    int m_socket = -1;
    pid_t m_pid = -1;
    int m_generation = 0;
    Clock::time_point m_retryAt;
};

std::optional<HelperAnswer> askHelper(const QByteArray &request)
{
    static thread_local HelperProcess helper;
    return helper.ask(request);
}

#else

std::optional<HelperAnswer> askHelper(const QByteArray &)
{
    return std::nullopt;
}

#endif

} // namespace

PasswordHasher::PasswordHasher(HashCost cost)
    : m_cost(cost)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray request(1, m_cost == HashCost::Interactive ? HashInteractive : HashMinimum);
    appendField(request, utf8);
    QByteArray hash;
    const bool hashed = onHashingThread<bool>([&] {
        if (const auto answer = utf8.size() <= MaxField ? askHelper(request) : std::nullopt) {
            hash = answer->field;
            return answer->yes && !hash.isEmpty();
        }
        return hashHere(utf8, m_cost, &hash);
    });
    sodium_memzero(request.data(), size_t(request.size()));
    if (!hashed)
        return {};
    return QString::fromLatin1(hash);
}

const QString &PasswordHasher::decoyHash() const
{
    if (m_cost == HashCost::Minimum) {
        static const QString minimum =
            PasswordHasher(HashCost::Minimum).hash(QStringLiteral("no-such-account"));
        return minimum;
    }
    static const QString interactive =
        PasswordHasher(HashCost::Interactive).hash(QStringLiteral("no-such-account"));
    return interactive;
}

bool PasswordHasher::verify(const QString &hash, const QString &password) const
{
    if (hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    QByteArray request(1, Verify);
    appendField(request, stored);
    appendField(request, utf8);
    const bool verified = onHashingThread<bool>([&] {
        const bool fits = stored.size() <= MaxField && utf8.size() <= MaxField;
        if (const auto answer = fits ? askHelper(request) : std::nullopt)
            return answer->yes;
        return verifyHere(stored, utf8);
    });
    sodium_memzero(request.data(), size_t(request.size()));
    return verified;
}

void PasswordHasher::useHelperProcesses(const QString &program, const QStringList &arguments)
{
#ifdef Q_OS_LINUX
    HelperCommand &command = helperCommand();
    const QMutexLocker lock(&command.mutex);
    command.program = program.toLocal8Bit();
    command.arguments.clear();
    for (const QString &argument : arguments)
        command.arguments << argument.toLocal8Bit();
    ++command.generation;
#else
    Q_UNUSED(program);
    Q_UNUSED(arguments);
#endif
}

int PasswordHasher::serveHelper()
{
#ifdef Q_OS_LINUX
    // Ends with the process that started it, and its input; a terminal's Ctrl+C is for that
    // process, which then ends it.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    ::signal(SIGINT, SIG_IGN);
    ::signal(SIGPIPE, SIG_IGN);
    ::setpriority(PRIO_PROCESS, 0, 10);
    ensureSodium();
    for (;;) {
        char kind = 0;
        const ssize_t n = ::read(STDIN_FILENO, &kind, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0)
            return 0; // the input ended: the server is done with it
        QByteArray first;
        QByteArray second;
        if (n < 0 || !readField(STDIN_FILENO, &first) ||
            (kind == Verify && !readField(STDIN_FILENO, &second)))
            return 1;
        QByteArray answer;
        QByteArray made;
        bool yes = false;
        if (kind == HashInteractive || kind == HashMinimum)
            yes = hashHere(
                first, kind == HashInteractive ? HashCost::Interactive : HashCost::Minimum, &made);
        else if (kind == Verify)
            yes = verifyHere(first, second);
        else
            return 1;
        sodium_memzero(first.data(), size_t(first.size()));
        sodium_memzero(second.data(), size_t(second.size()));
        answer.append(yes ? Yes : No);
        appendField(answer, made);
        if (!writeAll(STDOUT_FILENO, answer.constData(), answer.size()))
            return 1;
    }
#else
    return 1;
#endif
}

HashCost PasswordHasher::costFromString(const QString &text, bool *ok)
{
    const bool minimum = text.compare(QLatin1String("minimum"), Qt::CaseInsensitive) == 0;
    const bool interactive = text.compare(QLatin1String("interactive"), Qt::CaseInsensitive) == 0;
    if (ok)
        *ok = minimum || interactive;
    return minimum ? HashCost::Minimum : HashCost::Interactive;
}

QString PasswordHasher::costToString(HashCost cost)
{
    return cost == HashCost::Minimum ? QStringLiteral("minimum") : QStringLiteral("interactive");
}

} // namespace oc
