#include "DraftService.h"

#include "store/DraftRepository.h"

namespace oc {

namespace {

// A draft is addressed by wizard and key; both are required (E-INVALID).
Problem draftAddress(const QString &wizard, const QString &key)
{
    if (wizard.trimmed().isEmpty())
        return makeError(QString::fromLatin1(SystemError::Invalid), QStringLiteral("wizard"),
                         QStringLiteral("required"));
    if (key.trimmed().isEmpty())
        return makeError(QString::fromLatin1(SystemError::Invalid), QStringLiteral("key"),
                         QStringLiteral("required"));
    return std::nullopt;
}

} // namespace

Status DraftService::save(const WizardDraft &draft)
{
    if (auto invalid = draftAddress(draft.wizard, draft.key))
        return *invalid;
    return m_session.read<Done>([&]() -> Status {
        // One statement (an upsert): atomic without a transaction of its own.
        store::DraftRepository(m_session.db())
            .save(draft.wizard, draft.key, draft.page, draft.state, m_session.now());
        return Done{};
    });
}

Result<WizardDraft> DraftService::load(const QString &wizard, const QString &key)
{
    if (auto invalid = draftAddress(wizard, key))
        return *invalid;
    return m_session.read<WizardDraft>([&]() -> Result<WizardDraft> {
        const auto stored = store::DraftRepository(m_session.db()).load(wizard, key);
        if (!stored)
            return WizardDraft{}; // no draft: an empty wizard name
        return WizardDraft{wizard, key, stored->page, stored->state, stored->updatedAt};
    });
}

Status DraftService::remove(const QString &wizard, const QString &key)
{
    if (auto invalid = draftAddress(wizard, key))
        return *invalid;
    return m_session.read<Done>([&]() -> Status {
        store::DraftRepository(m_session.db()).remove(wizard, key);
        return Done{};
    });
}

} // namespace oc
