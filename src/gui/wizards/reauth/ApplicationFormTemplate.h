#pragma once

// The Word templates W-REAUTH's customer downloads, fills in, signs or stamps, then scans or
// converts before uploading — the template itself is refused as it is (R-AUTH-12):
// - the change application form of an owner change (§4.4.2 step 4, signed by both owners),
//   of the service ticket (§4.4.3 item 7, signed by both parties) and of an entity change
//   (§4.5.2, stamped by both enterprises);
// - the statement of commitment of a name change (§4.5.3, sealed with the new name's seal
//   or signed).
// The texts are in the console's language; the account is filled in.

#include "core/Domain.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QBoxLayout;
class QWidget;

namespace oc::gui {

class AppContext;
class ReauthFlow;
class TemplateDownload;

class ApplicationFormTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationFormTemplate)

public:
    // The name offered in the save dialog, e.g. "change-application-form-<account>.docx".
    static QString fileName(ReviewKind kind, const QString &accountId);
    // The .docx file: an Office Open XML package of one document part.
    static QByteArray docx(ReviewKind kind, const QString &accountId, const QString &accountName);
    // "Download template…" for `flow`'s kind and account (as they are when it is clicked),
    // added to `slot` beside the form's upload; Tab reaches it right after `after`.
    static TemplateDownload *download(AppContext *context, const ReauthFlow *flow, QBoxLayout *slot,
                                      QWidget *after);
};

} // namespace oc::gui
