#pragma once

#include "Random.h"

#include <QDateTime>
#include <QString>

namespace oc {

// Generates the identifiers of domain.md from a RandomSource: deterministic when the
// source is seeded.
class IdGenerator
{
public:
    explicit IdGenerator(RandomSource &random)
        : m_random(random)
    {}

    QString huaweiAccountId(); // R-ID-1: 32 lowercase hex
    QString huaweiLoginId();   // W-SIGNUP: "hid_" + 12 lowercase letters and digits (R-ACC-3)
    QString orderId(const QDateTime &createdUtc); // R-ID-2: CS + yyMMddHHmm (UTC+8) + 5
    QString instanceId();                         // R-ID-3: RFC 4122 version 4 UUID
    QString cardNumber();                         // 16 digits, "61" prefix
    QString workspaceId();                        // wksp_ + 32 lowercase hex
    QString organizationId();                     // org_ + 16 lowercase hex
    QString verificationCode();                   // R-VC-1: 6 digits
    // A password satisfying both R-ACC-2 variants: upper, lower, digit and symbol.
    QString password(int length = 12);
    // The source itself, for other seeded draws (R-ORG-3's setup time) that must follow
    // the same deterministic sequence as the ids.
    RandomSource &random() { return m_random; }

private:
    QString hex(int length);
    QString fromAlphabet(QStringView alphabet, int length);

    RandomSource &m_random;
};

} // namespace oc
