#pragma once

#include "core/Error.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QVariant>

#include <optional>

namespace oc::gui {

// The one state object of a wizard: every entry by key, its per-field error, whether
// anything was typed (Cancel asks then), and the draft form of it all (without secrets).
// Pages are thin views of it; branching reads it, never another page's widgets.
class WizardState : public QObject
{
    Q_OBJECT
public:
    explicit WizardState(QObject *parent = nullptr);

    QVariant value(const QString &key) const { return m_values.value(key); }
    QString text(const QString &key) const { return m_values.value(key).toString(); }
    bool flag(const QString &key) const { return m_values.value(key).toBool(); }
    // Sets an entry; a change marks the state dirty and clears the field's error.
    void setValue(const QString &key, const QVariant &value);
    // Sets an entry without marking the state dirty (defaults, prefills).
    void setDefault(const QString &key, const QVariant &value);
    // A refusal a flow's action got: shown at its field when it names one (a failure of
    // the system is not the field's fault); returned as the action's outcome.
    Status land(const Error &error);
    // land() for an action whose backend names some fields otherwise than this state's keys
    // (`fields`: the backend's field -> the key); other fields land as they are.
    Status landAs(Error error, const QHash<QString, QLatin1StringView> &fields);
    // Whether every entry of `keys` has text other than spaces (a page's isReady()).
    bool filled(std::initializer_list<QLatin1StringView> keys) const;

    // Secrets (passwords) are never part of a draft.
    void markSecret(const QString &key) { m_secrets.insert(key); }
    bool isSecret(const QString &key) const { return m_secrets.contains(key); }

    bool isDirty() const { return m_dirty; }
    void setDirty(bool dirty) { m_dirty = dirty; }

    // Per-field errors, keyed by Error::field.
    void setError(const Error &error);
    void clearError(const QString &field);
    void clearErrors();
    std::optional<Error> error(const QString &field) const;
    QStringList fieldsWithErrors() const { return m_errors.keys(); }

    // Which page (wizard page id) shows a field: a commit error on an earlier page's field
    // takes the wizard back there.
    void setFieldPage(const QString &field, int pageId) { m_fieldPages.insert(field, pageId); }
    int pageOfField(const QString &field) const { return m_fieldPages.value(field, -1); }

    // The flow's view of its pages (by wizard page id): the messages for what a page's
    // fields lack, and whether the page may go on. A page asks them unless it knows better;
    // flows answer for their pages.
    virtual QList<Error> messages(int page) const
    {
        Q_UNUSED(page)
        return {};
    }
    virtual bool isReady(int page) const
    {
        Q_UNUSED(page)
        return true;
    }

    QJsonObject toDraft() const;
    void restoreDraft(const QJsonObject &draft);

signals:
    void valueChanged(const QString &key);
    void errorChanged(const QString &field);

private:
    QVariantMap m_values;
    QSet<QString> m_secrets;
    QHash<QString, Error> m_errors;
    QHash<QString, int> m_fieldPages;
    bool m_dirty = false;
};

} // namespace oc::gui
