#include "WizardState.h"

#include <QJsonValue>

namespace oc::gui {

WizardState::WizardState(QObject *parent)
    : QObject(parent)
{}

void WizardState::setValue(const QString &key, const QVariant &value)
{
    if (m_values.value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    m_dirty = true;
    clearError(key);
    emit valueChanged(key);
}

void WizardState::setDefault(const QString &key, const QVariant &value)
{
    if (m_values.value(key) == value && m_values.contains(key))
        return;
    m_values.insert(key, value);
    emit valueChanged(key);
}

Status WizardState::land(const Error &error)
{
    if (!error.field.isEmpty() && !isTransient(error))
        setError(error);
    return error;
}

Status WizardState::landAs(Error error, const QHash<QString, QLatin1StringView> &fields)
{
    if (const auto to = fields.constFind(error.field); to != fields.cend())
        error.field = *to;
    return land(error);
}

bool WizardState::filled(std::initializer_list<QLatin1StringView> keys) const
{
    for (QLatin1StringView key : keys)
        if (text(key).trimmed().isEmpty())
            return false;
    return true;
}

void WizardState::setError(const Error &error)
{
    m_errors.insert(error.field, error);
    emit errorChanged(error.field);
}

void WizardState::clearError(const QString &field)
{
    if (m_errors.remove(field) > 0)
        emit errorChanged(field);
}

void WizardState::clearErrors()
{
    const QStringList fields = m_errors.keys();
    m_errors.clear();
    for (const QString &field : fields)
        emit errorChanged(field);
}

std::optional<Error> WizardState::error(const QString &field) const
{
    const auto it = m_errors.constFind(field);
    if (it == m_errors.constEnd())
        return std::nullopt;
    return *it;
}

QJsonObject WizardState::toDraft() const
{
    QJsonObject draft;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        if (!m_secrets.contains(it.key()))
            draft.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return draft;
}

void WizardState::restoreDraft(const QJsonObject &draft)
{
    for (auto it = draft.constBegin(); it != draft.constEnd(); ++it)
        if (!m_secrets.contains(it.key()))
            setDefault(it.key(), it.value().toVariant());
    m_dirty = true;
}

} // namespace oc::gui
