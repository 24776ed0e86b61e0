#include "ChangeFeed.h"

#include "ChangedViews.h"
#include "store/ChangeLogRepository.h"

namespace oc {

namespace {
constexpr int BatchLimit = 1000;      // changes merged into one answer
constexpr qint64 KeptChanges = 10000; // older ones are forgotten (a client that far behind
                                      // refreshes everything, see since())
} // namespace

Result<qint64> ChangeFeed::record(const QStringList &views, bool clock)
{
    return m_session.read<qint64>([&]() -> Result<qint64> {
        for (int attempt = 1;; ++attempt) {
            try {
                store::Transaction tx(m_session.db());
                m_session.db().lockForTransaction(QStringLiteral("changes"));
                store::ChangeLogRepository log(m_session.db());
                const qint64 sequence = log.append(views, clock, m_session.now());
                if (sequence % 1000 == 0)
                    log.prune(KeptChanges);
                tx.commit();
                return sequence;
            } catch (const store::StoreError &e) {
                if (e.kind() != store::StoreError::Kind::Conflict ||
                    attempt >= Session::MaxAttempts)
                    throw;
            }
        }
    });
}

Result<qint64> ChangeFeed::latest()
{
    return m_session.read<qint64>(
        [&]() -> Result<qint64> { return store::ChangeLogRepository(m_session.db()).latest(); });
}

Result<ChangeBatch> ChangeFeed::since(qint64 since)
{
    return m_session.read<ChangeBatch>([&]() -> Result<ChangeBatch> {
        store::ChangeLogRepository log(m_session.db());
        ChangeBatch batch;
        batch.sequence = since;
        // A client further behind than the log remembers, or ahead of it (the store was
        // replaced: Reset demo), is told that everything changed.
        if (since > 0 && (since < log.oldest() - 1 || since > log.latest())) {
            batch.sequence = log.latest();
            batch.views = allViews();
            batch.clock = true;
            return batch;
        }
        for (const store::ChangeRecord &change : log.after(since, BatchLimit)) {
            batch.sequence = qMax(batch.sequence, change.sequence);
            batch.clock = batch.clock || change.clock;
            for (const QString &view : change.views)
                if (!batch.views.contains(view))
                    batch.views << view;
        }
        return batch;
    });
}

} // namespace oc
