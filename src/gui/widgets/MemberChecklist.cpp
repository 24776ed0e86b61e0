#include "MemberChecklist.h"

namespace oc::gui {

namespace {
constexpr int MemberIdRole = Qt::UserRole + 1;
constexpr int AuthorizedRole = Qt::UserRole + 2;
} // namespace

MemberChecklist::MemberChecklist(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("memberChecklist"));
    connect(this, &QListWidget::itemChanged, this, &MemberChecklist::selectionChanged);
}

void MemberChecklist::load(const OrganizationDetail &detail, qint64 bindingId)
{
    const QSignalBlocker block(this);
    clear();
    const QList<qint64> authorized = detail.authorizedMembers.value(bindingId);
    for (const Member &m : detail.members) {
        const bool already = authorized.contains(m.memberId);
        const QString login = memberLoginName(m.account, detail.organization.abbreviation);
        auto *item =
            new QListWidgetItem(already ? tr("%1 (%2) — authorized").arg(m.displayName, login)
                                        : QStringLiteral("%1 (%2)").arg(m.displayName, login),
                                this);
        item->setData(MemberIdRole, m.memberId);
        item->setData(AuthorizedRole, already);
        item->setCheckState(already ? Qt::Checked : Qt::Unchecked);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!already && m.enabled)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
    emit selectionChanged();
}

QList<qint64> MemberChecklist::newlyChecked() const
{
    QList<qint64> ids;
    for (int i = 0; i < count(); ++i) {
        const QListWidgetItem *it = item(i);
        if (it->checkState() == Qt::Checked && !it->data(AuthorizedRole).toBool())
            ids << it->data(MemberIdRole).toLongLong();
    }
    return ids;
}

void MemberChecklist::setAllChecked(bool checked)
{
    for (int i = 0; i < count(); ++i) {
        QListWidgetItem *it = item(i);
        if (it->flags() & Qt::ItemIsUserCheckable)
            it->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace oc::gui
