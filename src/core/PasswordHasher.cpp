#include "PasswordHasher.h"

#include "Random.h"

#include <QSemaphore>
#include <QThread>
#include <QThreadPool>

#include <sodium.h>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace oc {

namespace {

// Argon2id at interactive cost keeps a core busy for about 0.1 s (and 64 MiB). On a server
// the requests beside a login must not wait for it: every hash runs on a few threads of its
// own (no more at once than there are cores, which also bounds the memory) whose CPU
// priority is lowered for good (Linux: nice 10, set once per thread; an unprivileged process
// may lower its priority, not raise it back). The caller waits for the result; the wait
// costs no CPU.
template<class T, class Work>
T onHashingThread(Work work)
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
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

} // namespace

PasswordHasher::PasswordHasher(HashCost cost)
    : m_cost(cost)
{
    ensureSodium();
}

QString PasswordHasher::hash(const QString &password) const
{
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = m_cost == HashCost::Interactive;
    const auto ops = interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const auto mem = interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    const bool hashed = onHashingThread<bool>([&] {
        return crypto_pwhash_str_alg(out, utf8.constData(), quint64(utf8.size()), ops, mem,
                                     crypto_pwhash_ALG_ARGON2ID13) == 0;
    });
    if (!hashed)
        return {};
    return QString::fromLatin1(out);
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
    return onHashingThread<bool>([&] {
        return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                        quint64(utf8.size())) == 0;
    });
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
