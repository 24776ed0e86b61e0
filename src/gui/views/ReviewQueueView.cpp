#include "ReviewQueueView.h"

#include "ListViewWidget.h"
#include "contract/Async.h"
#include "contract/Backend.h"
#include "core/ListNames.h"
#include "core/Materials.h"
#include "gui/AppContext.h"
#include "gui/Dialogs.h"
#include "gui/DomainText.h"
#include "gui/ErrorText.h"
#include "gui/dialogs/RejectDialog.h"
#include "gui/models/PagedTableModel.h"
#include "ui_ReviewQueueView.h"

#include <QEvent>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>

namespace oc::gui {

ReviewQueueView::ReviewQueueView(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewQueueView>())
    , m_context(context)
{
    m_ui->setupUi(this);
    m_list = new ListViewWidget(context, view::Authentications,
                                {column::Name, column::AccountType, column::Kind,
                                 column::SubjectName, column::CertificateNumber, column::Status,
                                 column::SubmittedAt, column::DueBy},
                                this);
    m_ui->listSlot->addWidget(m_list);
    m_list->setTitle([] { return tr("Real-name authentication requests"); });
    m_list->setEmptyTexts([] { return tr("No real-name authentication requests."); },
                          [] { return tr("No request matches the search or filters."); });
    m_list->addFilter(
        column::Status, [] { return tr("&Status:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("pending", enumName::ReviewStatus),
         ListViewWidget::enumOption("approved", enumName::ReviewStatus),
         ListViewWidget::enumOption("rejected", enumName::ReviewStatus)});
    // What a request asks filters the queue (the account's type is a sortable column: both
    // filters would not fit the window).
    m_list->addFilter(
        column::Kind, [] { return tr("&Request for:"); }, [] { return tr("Any"); },
        {ListViewWidget::enumOption("authentication", enumName::ReviewKind),
         ListViewWidget::enumOption("individual_owner", enumName::ReviewKind),
         ListViewWidget::enumOption("individual_to_enterprise", enumName::ReviewKind),
         ListViewWidget::enumOption("enterprise_entity", enumName::ReviewKind),
         ListViewWidget::enumOption("enterprise_name", enumName::ReviewKind)});
    m_approve = m_list->addAction(QStringLiteral("approveButton"), [] { return tr("&Approve"); });
    m_reject = m_list->addAction(QStringLiteral("rejectButton"), [] { return tr("Re&ject…"); });
    connect(m_approve, &QPushButton::clicked, this, &ReviewQueueView::approve);
    connect(m_reject, &QPushButton::clicked, this, &ReviewQueueView::reject);
    // The values in it take the focus, not the scroll area around them.
    m_ui->detailArea->setFocusPolicy(Qt::NoFocus);
    // The list, then the selected request's values in the order they are read.
    QWidget *previous = m_list->table();
    for (QWidget *value : std::initializer_list<QWidget *>{
             m_ui->accountValue, m_ui->typeValue, m_ui->subjectValue, m_ui->numberValue,
             m_ui->countryValue, m_ui->addressValue, m_ui->submittedValue, m_ui->dueValue,
             m_ui->statusValue, m_ui->reasonValue}) {
        setTabOrder(previous, value);
        previous = value;
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    connect(m_list->model(), &PagedTableModel::pageLoaded, this, [this](int page) {
        if (page == 0 && m_list->currentRow() < 0 && m_list->model()->total() > 0)
            m_list->table()->selectRow(0);
    });
    connect(m_list, &ListViewWidget::currentRowChanged, this, &ReviewQueueView::loadRecord);
    connect(context->backend(), &Backend::changed, this, [this](const QStringList &views) {
        if (views.contains(view::Authentications))
            loadRecord();
    });
    retranslate();
    showRecord();
}

ReviewQueueView::~ReviewQueueView() = default;

void ReviewQueueView::loadRecord()
{
    const qint64 id = m_list->currentValue(column::AuthenticationId).toLongLong();
    m_loadingId = id;
    if (id <= 0) {
        m_record.reset();
        return showRecord();
    }
    onFinished(m_context->backend()->authentication(id), this,
               [this, id](const Result<AuthenticationRecord> &record) {
                   if (id != m_loadingId)
                       return; // another row was chosen meanwhile
                   if (record.ok())
                       m_record = *record;
                   else
                       m_record.reset();
                   showRecord();
               });
}

void ReviewQueueView::approve()
{
    if (!m_record || m_record->status != ReviewStatus::Pending)
        return;
    ReviewDecision decision;
    decision.authenticationId = m_record->authenticationId;
    decision.approve = true;
    m_approve->setEnabled(false);
    onFinished(m_context->backend()->reviewAuthentication(decision), this,
               [this](const Result<AuthenticationRecord> &record) {
                   if (!record.ok())
                       m_context->dialogs()->warn(
                           this, tr("Review queue"),
                           ErrorText::message(record.error(), m_context->brand()));
                   else
                       m_record = *record;
                   showRecord();
               });
}

void ReviewQueueView::reject()
{
    if (!m_record || m_record->status != ReviewStatus::Pending)
        return;
    auto *dialog = new RejectDialog(m_context, m_record->authenticationId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->result())
            m_record = dialog->result();
        showRecord();
    });
    dialog->open();
}

void ReviewQueueView::showRecord()
{
    const bool pending = m_record && m_record->status == ReviewStatus::Pending;
    m_approve->setEnabled(pending);
    m_reject->setEnabled(pending);
    QLayoutItem *item;
    while ((item = m_ui->thumbnailsRow->takeAt(0))) {
        delete item->widget();
        delete item;
    }
    const QList<QLabel *> values = {m_ui->accountValue,   m_ui->typeValue,    m_ui->subjectValue,
                                    m_ui->numberValue,    m_ui->countryValue, m_ui->addressValue,
                                    m_ui->submittedValue, m_ui->dueValue,     m_ui->statusValue,
                                    m_ui->reasonValue};
    if (!m_record) {
        for (QLabel *label : values)
            label->clear();
        return;
    }
    const AuthenticationRecord &r = *m_record;
    const QTimeZone zone = m_context->displayZone();
    const bool enterprise = r.type == AccountType::Enterprise;
    m_ui->accountValue->setText(tr("%1 (%2)").arg(r.accountName, r.accountId));
    QString kind = DomainText::enumValue(enumName::AccountType, oc::toString(r.type));
    if (!enterprise)
        kind = tr("%1 — %2").arg(kind, DomainText::certificateType(r.certificateType));
    // W-REAUTH's requests (R-AUTH-10): what they change, before whom they concern.
    if (r.kind != ReviewKind::Authentication)
        kind = tr("%1: %2").arg(DomainText::enumValue(enumName::ReviewKind, oc::toString(r.kind)),
                                kind);
    m_ui->typeValue->setText(kind);
    m_ui->subjectValue->setText(r.subjectName);
    m_ui->numberValue->setText(r.certificateNumber);
    m_ui->countryValue->setText(DomainText::countryName(r.countryRegion));
    m_ui->addressValue->setText(r.address);
    m_ui->addressLabel->setVisible(enterprise);
    m_ui->addressValue->setVisible(enterprise);
    m_ui->submittedValue->setText(DomainText::time(r.submittedAt, zone));
    m_ui->dueValue->setText(DomainText::time(r.dueBy, zone));
    m_ui->statusValue->setText(
        DomainText::enumValue(enumName::ReviewStatus, oc::toString(r.status)));
    m_ui->reasonValue->setText(r.rejectReason ? DomainText::enumValue(enumName::RejectReason,
                                                                      oc::toString(*r.rejectReason))
                                              : QString());
    m_ui->reasonLabel->setVisible(r.rejectReason.has_value());
    m_ui->reasonValue->setVisible(r.rejectReason.has_value());
    for (const MaterialUpload &m : r.materials) {
        auto *thumb = new QLabel(m_ui->detailContents);
        thumb->setObjectName(m.slot + QStringLiteral("Preview"));
        thumb->setFixedSize(116, 116);
        thumb->setAlignment(Qt::AlignCenter);
        thumb->setFrameShape(QFrame::StyledPanel);
        QPixmap pixmap;
        if (!m.thumbnail.isEmpty() &&
            pixmap.loadFromData(QByteArray::fromBase64(m.thumbnail.toLatin1()), "PNG"))
            thumb->setPixmap(pixmap);
        else
            thumb->setText(material::typeName(
                material::detectType(QByteArray::fromBase64(m.header.toLatin1()))));
        thumb->setToolTip(m.fileName);
        thumb->setAccessibleName(tr("Preview of %1").arg(m.fileName));
        // What it shows instead of a picture (a PDF's type) is said too.
        thumb->setAccessibleDescription(thumb->text());
        m_ui->thumbnailsRow->addWidget(thumb);
    }
    m_ui->thumbnailsRow->addStretch(1);
}

void ReviewQueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        showRecord();
    }
    QWidget::changeEvent(event);
}

void ReviewQueueView::retranslate()
{
    m_ui->introLabel->setText(
        tr("Acting as Huawei's reviewer: approve a request, or reject it with the reason. "
           "Reviews end within three working days."));
    m_ui->checklistLabel->setText(
        tr("Check: the certificate's country/region is the account's; the certificate is valid "
           "and its photo clear; the name and number match it; the holding photo shows the "
           "front side with all data readable, face and arms visible, no headwear; photos are "
           "original. One certificate number authenticates at most 3 individual or 6 "
           "enterprise accounts."));
}

} // namespace oc::gui
