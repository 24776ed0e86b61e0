#include "OutboxView.h"

#include "core/ListNames.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/DomainText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>

namespace oc::gui {

OutboxView::OutboxView(AppContext *context, QWidget *parent)
    : TabbedListsView(
          context, QStringLiteral("outboxView"), [] { return tr("Outbox"); }, parent)
{
    auto *messages = addList(
        view::Outbox,
        {column::SentAt, column::Channel, column::Destination, column::Kind, column::Params},
        [] { return tr("Sent messages"); });
    messages->setEmptyTexts([] { return tr("No messages sent yet."); },
                            [] { return tr("No message matches."); });
    messages->addFilter(
        column::Channel, [] { return tr("C&hannel:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("email", enumName::Channel),
         ListViewWidget::enumOption("sms", enumName::Channel)});
    AppContext *ctx = context;
    const auto params = [](const PagedTableModel &model, int row) {
        return QJsonDocument::fromJson(model.raw(row, column::Params).toString().toUtf8())
            .object()
            .toVariantMap();
    };
    messages->model()->setFormatter(
        column::Kind, [ctx, params](const PagedTableModel &model, int row, const QVariant &value) {
            return DomainText::outboxSubject(value.toString(), params(model, row), ctx->brand());
        });
    messages->model()->setFormatter(
        column::Params, [ctx, params](const PagedTableModel &model, int row, const QVariant &) {
            return DomainText::outboxBody(model.raw(row, column::Kind).toString(),
                                          params(model, row), ctx->brand());
        });
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outboxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_message->setFrameShape(QFrame::StyledPanel);
    m_message->setMargin(8);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 4);
    exposeLabelValue(m_message);
    setDetailWidget(m_message);
    connect(messages, &ListViewWidget::currentRowChanged, this, &OutboxView::showMessage);
    connect(messages->model(), &QAbstractItemModel::dataChanged, this, &OutboxView::showMessage);
    retranslate();
}

void OutboxView::retranslate()
{
    TabbedListsView::retranslate();
    if (m_message) {
        m_message->setAccessibleName(tr("Selected message"));
        showMessage();
    }
}

void OutboxView::showMessage()
{
    ListViewWidget *messages = list(0);
    const int row = messages->currentRow();
    if (row < 0 || !messages->model()->isRowLoaded(row)) {
        m_message->setText(tr("Select a message to read it in full."));
        return;
    }
    const PagedTableModel *model = messages->model();
    const auto text = [&](QLatin1StringView key) {
        const int column = model->columnOf(key);
        return model->index(row, column).data().toString();
    };
    m_message->setText(tr("To: %1 (%2), %3\n%4\n\n%5")
                           .arg(text(column::Destination), text(column::Channel),
                                text(column::SentAt), text(column::Kind), text(column::Params)));
}

} // namespace oc::gui
