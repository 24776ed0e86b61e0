#include "EnableServicesForm.h"

#include "FieldBinder.h"
#include "WizardState.h"
#include "core/Countries.h"
#include "gui/DomainText.h"
#include "ui_SignUpEnablePage.h"

namespace oc::gui {

void EnableServicesForm::setUp(Ui::SignUpEnablePage *ui, FieldBinder *binder, WizardState *flow,
                               const Keys &keys, int pageId)
{
    for (const CountryInfo &country : Countries)
        ui->countryCombo->addItem(QString(), QString::fromLatin1(country.code));
    binder->bind(keys.country, ui->countryCombo);
    binder->bind(keys.agreement, ui->agreementCheck);
    binder->bind(keys.promotions, ui->promotionsCheck);
    binder->bindError(keys.country, ui->serviceCountryRegionError);
    binder->bindError(keys.agreement, ui->agreementError);
    flow->setFieldPage(keys.country, pageId);
    flow->setFieldPage(keys.agreement, pageId);
}

void EnableServicesForm::retranslate(Ui::SignUpEnablePage *ui)
{
    ui->introLabel->setText(tr("Check the country/region before enabling: it is fixed from "
                               "then on."));
    for (int i = 0; i < ui->countryCombo->count(); ++i)
        ui->countryCombo->setItemText(
            i, DomainText::countryName(ui->countryCombo->itemData(i).toString()));
    ui->countryHelp->setText(
        tr("It should match the billing address. It determines the applicable laws, the Huawei "
           "Cloud signing entity and the tax rates, and cannot be changed once services are "
           "enabled."));
}

} // namespace oc::gui
