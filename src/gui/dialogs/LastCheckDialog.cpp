#include "LastCheckDialog.h"

#include "GrowToFit.h"
#include "gui/Accessibility.h"
#include "gui/AppContext.h"
#include "gui/ClosingText.h"
#include "gui/DomainText.h"
#include "gui/widgets/ClosingCheckView.h"
#include "ui_LastCheckDialog.h"

#include <QEvent>
#include <QPushButton>
#include <QTimer>

namespace oc::gui {

using namespace Qt::StringLiterals;

LastCheckDialog::LastCheckDialog(AppContext *context, const HuaweiAccountDetail &detail,
                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LastCheckDialog>())
    , m_context(context)
    , m_check(detail.lastClosingCheck)
{
    m_ui->setupUi(this);
    setObjectName(u"lastCheckDialog"_s);
    m_view = new ClosingCheckView(this);
    m_ui->checkSlot->addWidget(m_view);
    m_view->setCheck(m_check);
    QPushButton *close = m_ui->buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setDefault(true);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    retranslate();
}

LastCheckDialog::~LastCheckDialog() = default;

void LastCheckDialog::retranslate()
{
    setWindowTitle(tr("View Last Check Result"));
    const auto zone = m_context->displayZone();
    m_ui->introLabel->setText(
        tr("The automatic checks of the last application to close Huawei Cloud services, as they "
           "were run then. A failed check ended its application; a new one may be submitted once "
           "the failed items are fixed."));
    m_ui->checkedAtValue->setText(m_check ? DomainText::time(m_check->checkedAt, zone)
                                          : tr("No check yet"));
    m_ui->reasonValue->setText(m_check ? ClosingText::reasonText(m_check->reason) : QString());
    m_ui->outcomeValue->setText(
        !m_check                      ? QString()
        : m_check->closedAt.isValid() ? tr("Passed; the services were closed on %1.")
                                            .arg(DomainText::time(m_check->closedAt, zone))
        : m_check->passed() ? tr("Passed; the services were not closed with it.")
                            : tr("Failed; the application ended."));
    nameAllFormFields(this);
}

bool LastCheckDialog::event(QEvent *event)
{
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, [this] { growToFit(this); });
    return QDialog::event(event);
}

void LastCheckDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

} // namespace oc::gui
