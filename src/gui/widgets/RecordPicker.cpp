#include "RecordPicker.h"

#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"

#include <QEvent>

namespace oc::gui {

RecordPicker::RecordPicker(AppContext *context, const QString &view, const QString &idKey,
                           const QString &nameKey, bool allowAll, QWidget *parent)
    : QComboBox(parent)
    , m_context(context)
    , m_view(view)
    , m_idKey(idKey)
    , m_nameKey(nameKey)
    , m_allowAll(allowAll)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        m_wanted = recordId();
        emit recordChanged(m_wanted);
    });
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(m_view))
            reload();
    });
    reload();
}

RecordPicker *RecordPicker::huaweiAccounts(AppContext *context, bool allowAll, QWidget *parent)
{
    return new RecordPicker(context, view::HuaweiAccounts, column::AccountId, column::Name,
                            allowAll, parent);
}

RecordPicker *RecordPicker::feeCenterAccounts(AppContext *context, bool allowAll, QWidget *parent)
{
    return new RecordPicker(context, view::FeeCenterAccounts, column::FeeCenterAccountId,
                            column::Username, allowAll, parent);
}

void RecordPicker::setRecordId(const QVariant &id)
{
    m_wanted = id;
    const int index = findData(id);
    if (index >= 0)
        setCurrentIndex(index);
}

void RecordPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_allowAll && count() > 0)
        setItemText(0, tr("All"));
    QComboBox::changeEvent(event);
}

void RecordPicker::reload()
{
    ListQuery query;
    query.view = m_view;
    query.limit = 1000;
    query.withTotal = false;
    onFinished(m_context->backend()->list(query), this, [this](const Result<ListPage> &result) {
        if (!result.ok()) {
            emit failed(result.error());
            return;
        }
        const int idColumn = result->columnIndex(m_idKey);
        const int nameColumn = result->columnIndex(m_nameKey);
        if (idColumn < 0 || nameColumn < 0)
            return;
        const QVariant keep = m_wanted;
        {
            const QSignalBlocker block(this);
            clear();
            if (m_allowAll)
                addItem(tr("All"), QVariant());
            for (const QVariantList &row : result->rows) {
                const QString id = row.value(idColumn).toString();
                const QString shortId = id.size() > 12 ? id.left(8) + QStringLiteral("…") : id;
                addItem(QStringLiteral("%1 — %2").arg(row.value(nameColumn).toString(), shortId),
                        row.value(idColumn));
                setItemData(count() - 1, id, Qt::ToolTipRole);
            }
            const int index = keep.isValid() ? findData(keep) : -1;
            setCurrentIndex(index >= 0 ? index : 0);
            m_loaded = true;
        }
        if (recordId() != keep) {
            m_wanted = recordId();
            emit recordChanged(m_wanted);
        }
        emit loaded();
    });
}

} // namespace oc::gui
