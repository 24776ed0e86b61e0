#include "MemberChecklist.h"

#include <QTimer>

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
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MemberChecklist::toggleFromSelection);
}

void MemberChecklist::toggleFromSelection(const QItemSelection &selected,
                                          const QItemSelection &deselected)
{
    if (m_userInput > 0 || m_loading)
        return;
    // Selecting an item unselects the one before (single selection), in two steps: the
    // steps of one action are taken together once it is done, and then only the newly
    // selected item is toggled, or, when one was only unselected, that one.
    const bool first = m_pendingSelected.isEmpty() && m_pendingDeselected.isEmpty();
    for (const QModelIndex &index : selected.indexes())
        m_pendingSelected << index.row();
    for (const QModelIndex &index : deselected.indexes())
        m_pendingDeselected << index.row();
    if (!first)
        return;
    QTimer::singleShot(0, this, [this] {
        const QList<int> rows =
            m_pendingSelected.isEmpty() ? m_pendingDeselected : m_pendingSelected;
        m_pendingSelected.clear();
        m_pendingDeselected.clear();
        for (int row : rows)
            if (QListWidgetItem *it = item(row); it && (it->flags() & Qt::ItemIsUserCheckable))
                it->setCheckState(it->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
}

namespace {

// Counts a person's input while Qt handles it.
struct UserInput
{
    explicit UserInput(int &depth)
        : m_depth(depth)
    {
        ++m_depth;
    }
    ~UserInput() { --m_depth; }
    int &m_depth;
};

} // namespace

void MemberChecklist::mousePressEvent(QMouseEvent *event)
{
    const UserInput input(m_userInput);
    QListWidget::mousePressEvent(event);
}

void MemberChecklist::mouseReleaseEvent(QMouseEvent *event)
{
    const UserInput input(m_userInput);
    QListWidget::mouseReleaseEvent(event);
}

void MemberChecklist::mouseMoveEvent(QMouseEvent *event)
{
    const UserInput input(m_userInput);
    QListWidget::mouseMoveEvent(event);
}

void MemberChecklist::keyPressEvent(QKeyEvent *event)
{
    const UserInput input(m_userInput);
    QListWidget::keyPressEvent(event);
}

void MemberChecklist::focusInEvent(QFocusEvent *event)
{
    const UserInput input(m_userInput); // Qt may select the current item on focus
    QListWidget::focusInEvent(event);
}

void MemberChecklist::load(const OrganizationDetail &detail, qint64 bindingId)
{
    const QSignalBlocker block(this);
    m_loading = true;
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
    m_loading = false;
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
