// The fuzz target of KooGallery's callback (spec/api.md, "Marketplace callback"): what a
// hostile POST /koogallery/saas can make of the code that reads it before the store sees
// anything. The input is the query's three signing parameters and the body, separated by
// newlines (signature \n timestamp \n nonce \n body); the target verifies it and decodes the
// body, and checks what must hold for every input:
//   - verify() never throws or crashes, and says Valid only for the right signature (its
//     hex digits in either case);
//   - a decoded call encodes to a body that decodes to the same call (nothing read that
//     cannot be written back, nothing lost);
//   - a refusal is always result code 000002 with a field.
// libFuzzer runs it (tests/fuzz/libfuzzer, `.ci/dev fuzz`); the ctest test
// fuzz_koogallery_replay runs every file of tests/fuzz/corpus through it, so a crash the
// fuzzer found, saved there, stays a test.

#include "core/KooGalleryCall.h"

#include <cstdio>
#include <cstdlib>

namespace {

const QByteArray Key = "fuzz-access-key-0123456789";
constexpr qint64 Now = 1772415000000;

[[noreturn]] void broken(const char *what, const QByteArray &body)
{
    std::fprintf(stderr, "fuzz_koogallery: %s\nbody: %s\n", what, body.constData());
    std::abort();
}

QByteArray takeLine(QByteArray &rest)
{
    const qsizetype newline = rest.indexOf('\n');
    if (newline < 0) {
        QByteArray all = rest;
        rest.clear();
        return all;
    }
    QByteArray line = rest.left(newline);
    rest.remove(0, newline + 1);
    return line;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace oc::koogallery;
    QByteArray rest(reinterpret_cast<const char *>(data), qsizetype(size));
    SignedQuery query;
    query.signature = takeLine(rest);
    query.timestamp = takeLine(rest);
    query.nonce = takeLine(rest);
    const QByteArray body = rest;

    const Verdict verdict = verify(Key, query, body, Now);
    if (verdict == Verdict::Valid &&
        query.signature.toLower() != signature(Key, query.nonce, query.timestamp, body))
        broken("verify() took a wrong signature", body);
    // The same call signed properly is always valid at its own time.
    const SignedCall fresh = sign(Key, body, Now);
    if (verify(Key, fresh.query, fresh.body, Now) != Verdict::Valid)
        broken("a fresh signature was refused", body);

    const auto decoded = decode(body);
    if (!decoded.ok()) {
        if (decoded.error().rule != QLatin1String(result::InvalidParameter) ||
            decoded.error().field.isEmpty() || decoded.error().reason.isEmpty())
            broken("a refusal without 000002, field and reason", body);
        return 0;
    }
    const QByteArray encoded = encode(*decoded);
    const auto again = decode(encoded);
    if (!again.ok())
        broken("an encoded call does not decode", encoded);
    if (encode(*again) != encoded)
        broken("a call changed on its way through encode and decode", encoded);
    (void)answerBody(result::Ok, QStringLiteral("success"));
    return 0;
}
