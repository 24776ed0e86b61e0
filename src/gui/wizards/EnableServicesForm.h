#pragma once

#include <QCoreApplication>
#include <QLatin1StringView>

namespace Ui {
class SignUpEnablePage;
}

namespace oc::gui {

class FieldBinder;
class WizardState;

// "Enable Huawei Cloud Services" (003 §2 step 4, §3 step 5; R-ACC-5, R-ACC-16) as W-SIGNUP's
// page 3 and D-LOGIN's Enable page both show it, on the one layout ui/SignUpEnablePage.ui:
// the country/region still editable, the required agreement, the optional promotions, and
// the Enable later button (each page says what later means for it).
class EnableServicesForm
{
    Q_DECLARE_TR_FUNCTIONS(EnableServicesForm)
public:
    // The flow's keys of the three entries.
    struct Keys
    {
        QLatin1StringView country;
        QLatin1StringView agreement;
        QLatin1StringView promotions;
    };

    // Fills the country list and binds the entries and their messages to `keys`, shown on
    // wizard page `pageId`.
    static void setUp(Ui::SignUpEnablePage *ui, FieldBinder *binder, WizardState *flow,
                      const Keys &keys, int pageId);
    // The texts both pages share, in the current language.
    static void retranslate(Ui::SignUpEnablePage *ui);
};

} // namespace oc::gui
