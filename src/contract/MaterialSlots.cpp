#include "MaterialSlots.h"

#include "core/Rules.h"

namespace oc {

QList<MaterialSlotRule> materialSlotRules(ReviewKind kind, AccountType type)
{
    namespace slot = MaterialSlot;
    const QList<MaterialType> individual = material::individualTypes();
    const QList<MaterialType> photos = material::enterpriseTypes();
    const QList<MaterialType> forms = material::applicationFormTypes();
    switch (kind) {
    case ReviewKind::Authentication:
        if (type == AccountType::Enterprise)
            return {{slot::CertificateFront, rule::AUTH_2, rule::AUTH_2, photos},
                    {slot::CertificateBack, rule::AUTH_2, rule::AUTH_2, photos}};
        return {{slot::CertificatePage, rule::AUTH_1, rule::AUTH_1, individual},
                {slot::HoldingPhoto, rule::AUTH_1, rule::AUTH_1, individual}};
    case ReviewKind::IndividualOwner:
        // §4.4.2: the current owner's materials and the change form (step 4), then the new
        // owner's (step 6).
        return {{slot::CurrentCertificatePage, rule::AUTH_11, rule::AUTH_11, individual},
                {slot::CurrentHoldingPhoto, rule::AUTH_11, rule::AUTH_11, individual},
                {slot::ApplicationForm, rule::AUTH_12, rule::AUTH_12, material::pdfTypes()},
                {slot::CertificatePage, rule::AUTH_1, rule::AUTH_1, individual},
                {slot::HoldingPhoto, rule::AUTH_1, rule::AUTH_1, individual}};
    case ReviewKind::IndividualToEnterprise:
        // §4.4.3 items 5-8 of the service ticket.
        return {{slot::HoldingVisaPage, rule::AUTH_14, rule::AUTH_14, photos},
                {slot::HoldingPhoto, rule::AUTH_14, rule::AUTH_14, photos},
                {slot::ApplicationForm, rule::AUTH_14, rule::AUTH_12, forms},
                {slot::CertificateFront, rule::AUTH_14, rule::AUTH_14, photos},
                {slot::CertificateBack, rule::AUTH_14, rule::AUTH_14, photos}};
    case ReviewKind::EnterpriseEntity:
        // §4.5.2 step 4: the new entity's certificate and the form stamped by both.
        return {{slot::CertificateFront, rule::AUTH_2, rule::AUTH_2, photos},
                {slot::CertificateBack, rule::AUTH_2, rule::AUTH_2, photos, false},
                {slot::ApplicationForm, rule::AUTH_12, rule::AUTH_12, forms}};
    case ReviewKind::EnterpriseName:
        return {
            {slot::Statement, rule::AUTH_13, rule::AUTH_13, material::nameChangeTypes()},
            {slot::AuthorityDocument, rule::AUTH_13, rule::AUTH_13, material::nameChangeTypes()},
            {slot::NewCertificate, rule::AUTH_13, rule::AUTH_13, material::nameChangeTypes()}};
    }
    return {};
}

} // namespace oc
