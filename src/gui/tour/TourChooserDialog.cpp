#include "TourChooserDialog.h"

#include "TourStart.h"
#include "gui/AppContext.h"
#include "gui/LanguageManager.h"
#include "gui/screenshots/Scenario.h"
#include "ui_TourChooserDialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPushButton>

namespace oc::gui {

TourChooserDialog::TourChooserDialog(AppContext *context, Launcher launcher, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TourChooserDialog>())
    , m_context(context)
    , m_launcher(std::move(launcher))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("tourChooserDialog"));
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &TourChooserDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->tourList, &QListWidget::itemActivated, this, &TourChooserDialog::accept);
    fill();
    retranslate();
    resize(560, 460);
}

TourChooserDialog::~TourChooserDialog() = default;

void TourChooserDialog::fill()
{
    const QString language = m_context->language()->current();
    const QString selected = m_ui->tourList->currentItem()
                                 ? m_ui->tourList->currentItem()->data(Qt::UserRole).toString()
                                 : QStringLiteral("purchase-subscription");
    m_ui->tourList->clear();
    QString error;
    const std::optional<Scenario> scenario = Scenario::load(QStringLiteral("default"), &error);
    if (!scenario) {
        m_ui->errorLabel->setText(tr("The tours cannot be read: %1").arg(error));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    for (const ScenarioWizard &entry : scenario->wizards) {
        if (entry.isViews)
            continue;
        auto *item = new QListWidgetItem(entry.title.in(language), m_ui->tourList);
        item->setData(Qt::UserRole, entry.id);
        item->setToolTip(entry.introduction.in(language));
        if (entry.id == selected)
            m_ui->tourList->setCurrentItem(item);
    }
    if (!m_ui->tourList->currentItem() && m_ui->tourList->count() > 0)
        m_ui->tourList->setCurrentRow(0);
}

void TourChooserDialog::accept()
{
    QListWidgetItem *item = m_ui->tourList->currentItem();
    if (!item) {
        m_ui->errorLabel->setText(tr("Choose a task first."));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    const QStringList arguments = tourArguments(
        item->data(Qt::UserRole).toString(), m_context->language()->current(), m_context->brand());
    if (!m_launcher(QCoreApplication::applicationFilePath(), arguments)) {
        m_ui->errorLabel->setText(tr("The tour could not be started."));
        m_ui->errorLabel->setVisible(true);
        return;
    }
    QDialog::accept();
}

void TourChooserDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void TourChooserDialog::retranslate()
{
    setWindowTitle(tr("Guided tour"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start tour"));
}

} // namespace oc::gui
