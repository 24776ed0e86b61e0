// W-AUTH and the review queue through the asynchronous Backend (my-account.md §4.1-§4.3,
// D.1, D.3): submitting a real-name authentication (R-AUTH-1..3, R-AUTH-7, R-ACC-6,
// R-ACC-16), reading it, reviewing it (R-AUTH-4, R-AUTH-8, R-AUTH-9), on private copies of
// the demo story, each test asserting what the store holds afterwards.

#include "AuthenticationFixtures.h"
#include "DomainPrinting.h"
#include "TestSupport.h"
#include "core/Clock.h"
#include "core/Materials.h"
#include "services/DemoStoryData.h"
#include "store/HuaweiAccountRepository.h"

#include <functional>

using namespace oc;
using namespace oc::test;
using namespace Qt::StringLiterals;

class TestAuthentication : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { OC_REQUIRE_STORE(); }
    void R_AUTH_1_individualSubmitted();
    void R_AUTH_2_enterpriseSubmitted();
    void R_AUTH_1_R_AUTH_2_R_AUTH_7_refusalsChangeNothing();
    void R_AUTH_4_pendingOrAuthenticatedRefused();
    void R_ACC_16_servicesMustBeEnabled_data();
    void R_ACC_16_servicesMustBeEnabled();
    void R_AUTH_4_approved();
    void R_AUTH_4_rejectedThenResubmitted();
    void R_AUTH_4_reviewRefusals();
    void R_AUTH_3_individualNumberAtMostThreeAccounts();
    void R_AUTH_3_enterpriseNumberAtMostSixAccounts();
    void R_AUTH_3_checkedAgainAtApproval();
    void R_AUTH_9_firstEnterpriseAuthenticationCopiedToMembers_data();
    void R_AUTH_9_firstEnterpriseAuthenticationCopiedToMembers();
    void R_AUTH_4_reviewQueueListsAndFilters();
    void R_AUTH_4_demoRequestPendingWithDueTime();
};

namespace {

const QString Country = u"CN"_s;

AuthenticationRequest individual(const QString &accountId, const QString &number = u"E12345678"_s)
{
    AuthenticationRequest r;
    r.accountId = accountId;
    r.type = AccountType::Individual;
    r.certificateType = CertificateType::Passport;
    r.issuingCountryRegion = Country;
    r.fullName = u"Chen Xiaoyu"_s;
    r.certificateNumber = number;
    r.materials = {pngMaterial(MaterialSlot::CertificatePage),
                   jpegMaterial(MaterialSlot::HoldingPhoto)};
    return r;
}

AuthenticationRequest enterprise(const QString &accountId, const QString &name,
                                 const QString &number = u"91330106MA2XYZ0001"_s)
{
    AuthenticationRequest r;
    r.accountId = accountId;
    r.type = AccountType::Enterprise;
    r.enterpriseName = name;
    r.registeredAddress = u"No. 1 Binjiang Road, Hangzhou"_s;
    r.certificateNumber = number;
    r.materials = {pngMaterial(MaterialSlot::CertificateFront, u"front.png"_s),
                   pngMaterial(MaterialSlot::CertificateBack, u"back.png"_s)};
    return r;
}

} // namespace

// ---- submitting -------------------------------------------------------------------------

void TestAuthentication::R_AUTH_1_individualSubmitted()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    AuthenticationRequest r = individual(accountId, u" e1234-5678 "_s);
    r.certificateType = CertificateType::DriverLicense;
    r.issuingCountryRegion = u" cn"_s;
    const auto result = await(b->submitAuthentication(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    const AuthenticationRecord &record = result.value();
    QVERIFY(record.authenticationId > 0);
    QCOMPARE(record.accountId, accountId);
    QCOMPARE(record.accountName, QString::fromUtf8(demo::cast::NewSignUpLogin));
    QCOMPARE(record.type, AccountType::Individual);
    QCOMPARE(record.certificateType, CertificateType::DriverLicense);
    QCOMPARE(record.certificateNumber, u"E1234-5678"_s); // trimmed, upper-cased
    QCOMPARE(record.subjectName, u"Chen Xiaoyu"_s);
    QCOMPARE(record.countryRegion, u"CN"_s);
    QCOMPARE(record.status, ReviewStatus::Pending);
    QCOMPARE(record.submittedAt, ClockSteps::demoStart());
    // R-AUTH-4: within three working days, Monday 09:30 -> Thursday 09:30 (UTC+8).
    QCOMPARE(record.dueBy, ClockSteps::demoStart().addDays(3));
    QCOMPARE(record.dueBy, addWorkingDays(record.submittedAt, 3, ClockSteps::chinaTimeZone()));
    QVERIFY(!record.reviewedAt.isValid());
    QVERIFY(!record.rejectReason);
    QVERIFY(record.materials == r.materials); // with their thumbnails
    // The request as it stands reads the same.
    const auto read = await(b->authentication(record.authenticationId));
    QVERIFY2(read.ok(), qPrintable(errorText(read)));
    QVERIFY(read.value() == record);

    const HuaweiAccount account = accountOf(b, accountId);
    QCOMPARE(account.authStatus, AuthStatus::Pending);
    QCOMPARE(account.accountType, AccountType::Individual);
    QCOMPARE(account.fullName, QString()); // set by the approval
    // R-AUD-1
    const auto journal = rows(*b.backend, view::Journal,
                              {{column::Operation, u"submitAuthentication"_s},
                               {column::Target, accountId},
                               {column::Outcome, u"success"_s}});
    QCOMPARE(journal.size(), 1);
    QCOMPARE(journal.first().value(column::Actor).toString(), u"test"_s);
}

void TestAuthentication::R_AUTH_2_enterpriseSubmitted()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    AuthenticationRequest r = enterprise(accountId, u"  Chen Studio   Co., Ltd. "_s);
    r.issuingCountryRegion.clear(); // the account's
    const auto result = await(b->submitAuthentication(r));
    QVERIFY2(result.ok(), qPrintable(errorText(result)));
    QCOMPARE(result->type, AccountType::Enterprise);
    QCOMPARE(result->subjectName, u"Chen Studio Co., Ltd."_s);
    QCOMPARE(result->countryRegion, u"CN"_s);
    QCOMPARE(result->address, u"No. 1 Binjiang Road, Hangzhou"_s);
    QCOMPARE(result->certificateNumber, u"91330106MA2XYZ0001"_s);
    QCOMPARE(result->materials.size(), 2);
    const HuaweiAccount account = accountOf(b, accountId);
    QCOMPARE(account.accountType, AccountType::Enterprise); // R-ACC-6: unset -> enterprise
    QCOMPARE(account.authStatus, AuthStatus::Pending);
    // The same country given explicitly is accepted too (another account).
    const QString other = newAccount(b);
    AuthenticationRequest explicitCountry = enterprise(other, u"Other Co."_s, u"REG-0002"_s);
    explicitCountry.issuingCountryRegion = u"cn"_s;
    QVERIFY2(await(b->submitAuthentication(explicitCountry)).ok(), "explicit country");
}

void TestAuthentication::R_AUTH_1_R_AUTH_2_R_AUTH_7_refusalsChangeNothing()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    using Change = std::function<void(AuthenticationRequest &)>;
    struct Row
    {
        const char *name;
        bool enterpriseRequest;
        Change change;
        Error expected;
    };
    const auto err = [](const char *rule, const char *field, const char *reason,
                        QVariantMap args = {}) {
        return makeError(QString::fromLatin1(rule), QString::fromLatin1(field),
                         QString::fromLatin1(reason), std::move(args));
    };
    const auto material = [](AuthenticationRequest &r, int i) -> MaterialUpload & {
        return r.materials[i];
    };
    const QString longText65(65, u'x');
    const QList<Row> table = {
        {"unknown account", false,
         [](auto &r) { r.accountId = u"f000ee4d7327428da2f53a081e7109bd"_s; },
         err("E-NOT-FOUND", "accountId", "huaweiAccount")},
        {"account id format", false, [](auto &r) { r.accountId = u"nope"_s; },
         err("R-ID-1", "accountId", "format", {{u"length"_s, 4}})},
        {"country required", false, [](auto &r) { r.issuingCountryRegion.clear(); },
         err("E-REQUIRED", "issuingCountryRegion", "required")},
        {"country unknown", false, [](auto &r) { r.issuingCountryRegion = u"XX"_s; },
         err("R-ACC-5", "issuingCountryRegion", "unknown")},
        {"R-AUTH-7 individual", false, [](auto &r) { r.issuingCountryRegion = u"SG"_s; },
         err("R-AUTH-7", "issuingCountryRegion", "mismatch", {{u"countryRegion"_s, u"CN"_s}})},
        {"full name required", false, [](auto &r) { r.fullName = u"  "_s; },
         err("E-REQUIRED", "fullName", "required")},
        {"full name too long", false, [&](auto &r) { r.fullName = longText65; },
         err("E-TOO-LONG", "fullName", "tooLong", {{u"max"_s, 64}})},
        {"number required", false, [](auto &r) { r.certificateNumber.clear(); },
         err("E-REQUIRED", "certificateNumber", "required")},
        {"number too short", false, [](auto &r) { r.certificateNumber = u"E123"_s; },
         err("R-AUTH-1", "certificateNumber", "format")},
        {"number too long", false, [](auto &r) { r.certificateNumber = QString(31, u'1'); },
         err("R-AUTH-1", "certificateNumber", "format")},
        {"number with a space", false, [](auto &r) { r.certificateNumber = u"E12 345"_s; },
         err("R-AUTH-1", "certificateNumber", "format")},
        {"page missing", false, [](auto &r) { r.materials.removeFirst(); },
         err("R-AUTH-1", "certificatePage", "required")},
        {"holding photo missing", false, [](auto &r) { r.materials.removeLast(); },
         err("R-AUTH-1", "holdingPhoto", "required")},
        {"unknown slot", false, [&](auto &r) { material(r, 1).slot = u"selfie"_s; },
         err("E-INVALID", "materials", "unknownSlot", {{u"slot"_s, u"selfie"_s}})},
        {"enterprise slot", false,
         [](auto &r) { r.materials.append(pngMaterial(MaterialSlot::CertificateFront)); },
         err("E-INVALID", "materials", "unknownSlot", {{u"slot"_s, u"certificateFront"_s}})},
        {"duplicate slot", false,
         [](auto &r) { r.materials.append(pngMaterial(MaterialSlot::CertificatePage)); },
         err("E-INVALID", "materials", "duplicateSlot", {{u"slot"_s, u"certificatePage"_s}})},
        {"sha256 upper case", false,
         [&](auto &r) { material(r, 0).sha256 = material(r, 0).sha256.toUpper(); },
         err("E-INVALID", "certificatePage", "sha256")},
        {"sha256 short", false, [&](auto &r) { material(r, 0).sha256.chop(1); },
         err("E-INVALID", "certificatePage", "sha256")},
        {"header not base64", false, [&](auto &r) { material(r, 0).header = u"***"_s; },
         err("E-INVALID", "certificatePage", "header")},
        {"header over 64 bytes", false,
         [&](auto &r) {
             material(r, 0).header = QString::fromLatin1(png(4, 4).first(65).toBase64());
         },
         err("E-INVALID", "certificatePage", "header")},
        {"thumbnail not a PNG", false,
         [&](auto &r) { material(r, 0).thumbnail = QString::fromLatin1(jpegHeader().toBase64()); },
         err("E-INVALID", "certificatePage", "thumbnail")},
        {"thumbnail too wide", false,
         [&](auto &r) { material(r, 0).thumbnail = QString::fromLatin1(png(113, 10).toBase64()); },
         err("E-INVALID", "certificatePage", "thumbnail")},
        {"thumbnail too high", false,
         [&](auto &r) { material(r, 1).thumbnail = QString::fromLatin1(png(10, 113).toBase64()); },
         err("E-INVALID", "holdingPhoto", "thumbnail")},
        {"thumbnail not base64", false, [&](auto &r) { material(r, 0).thumbnail = u"%%"_s; },
         err("E-INVALID", "certificatePage", "thumbnail")},
        {"empty file", false, [&](auto &r) { material(r, 0).size = 0; },
         err("R-AUTH-1", "certificatePage", "empty")},
        {"10 MB and a byte", false, [&](auto &r) { material(r, 1).size = material::MaxBytes + 1; },
         err("R-AUTH-1", "holdingPhoto", "tooLarge", {{u"maxMb"_s, 10}})},
        {"a .png that is a JPEG", false,
         [&](auto &r) { material(r, 1).fileName = u"holding.png"_s; },
         err("R-AUTH-1", "holdingPhoto", "extension", {{u"type"_s, u"JPG"_s}})},
        {"Word", false,
         [&](auto &r) {
             material(r, 0).fileName = u"passport.doc"_s;
             material(r, 0).header =
                 QString::fromLatin1(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8).toBase64());
             material(r, 0).thumbnail.clear();
         },
         err("R-AUTH-1", "certificatePage", "word")},
        {"GIF", false,
         [&](auto &r) {
             material(r, 0).fileName = u"passport.gif"_s;
             material(r, 0).header = QString::fromLatin1(QByteArray("GIF89a....").toBase64());
         },
         err("R-AUTH-1", "certificatePage", "type", {{u"allowed"_s, u"JPG, BMP, PNG, PDF"_s}})},
        // ---- enterprise
        {"R-AUTH-7 enterprise", true, [](auto &r) { r.issuingCountryRegion = u"HK"_s; },
         err("R-AUTH-7", "issuingCountryRegion", "mismatch", {{u"countryRegion"_s, u"CN"_s}})},
        {"address required", true, [](auto &r) { r.registeredAddress.clear(); },
         err("E-REQUIRED", "registeredAddress", "required")},
        {"address too long", true, [](auto &r) { r.registeredAddress = QString(257, u'a'); },
         err("E-TOO-LONG", "registeredAddress", "tooLong", {{u"max"_s, 256}})},
        {"enterprise name required", true, [](auto &r) { r.enterpriseName = u" "_s; },
         err("R-AUTH-2", "enterpriseName", "required")},
        {"enterprise name too long", true, [&](auto &r) { r.enterpriseName = longText65; },
         err("R-AUTH-2", "enterpriseName", "tooLong", {{u"max"_s, 64}})},
        {"registration number", true, [](auto &r) { r.certificateNumber = u"91/33"_s; },
         err("R-AUTH-2", "certificateNumber", "format")},
        {"back missing", true, [](auto &r) { r.materials.removeLast(); },
         err("R-AUTH-2", "certificateBack", "required")},
        {"individual slot", true,
         [](auto &r) { r.materials.append(pngMaterial(MaterialSlot::HoldingPhoto)); },
         err("E-INVALID", "materials", "unknownSlot", {{u"slot"_s, u"holdingPhoto"_s}})},
        {"enterprise PDF", true,
         [&](auto &r) {
             material(r, 0).fileName = u"front.pdf"_s;
             material(r, 0).header = QString::fromLatin1(QByteArray("%PDF-1.7\n").toBase64());
             material(r, 0).thumbnail.clear();
         },
         err("R-AUTH-2", "certificateFront", "type", {{u"allowed"_s, u"JPG, BMP, PNG"_s}})},
    };
    const Snapshot before = snapshot(b, accountId);
    for (const Row &row : table) {
        AuthenticationRequest r =
            row.enterpriseRequest ? enterprise(accountId, u"Chen Studio"_s) : individual(accountId);
        row.change(r);
        const auto result = await(b->submitAuthentication(r));
        QVERIFY2(!result.ok(), row.name);
        QVERIFY2(result.error() == row.expected,
                 qPrintable(QString::fromUtf8(row.name) + u": "_s + result.error().toString()));
        QCOMPARE(snapshot(b, accountId), before);
    }
    // A PDF is fine for an individual (R-AUTH-1), without a thumbnail.
    AuthenticationRequest pdf = individual(accountId);
    pdf.materials[0].fileName = u"passport.pdf"_s;
    pdf.materials[0].header = QString::fromLatin1(QByteArray("%PDF-1.4\n%\xE2\xE3").toBase64());
    pdf.materials[0].thumbnail.clear();
    const auto accepted = await(b->submitAuthentication(pdf));
    QVERIFY2(accepted.ok(), qPrintable(errorText(accepted)));
    // A refusal is journaled with its rule (R-AUD-1).
    QVERIFY(count(*b.backend, view::Journal,
                  {{column::Operation, u"submitAuthentication"_s},
                   {column::Outcome, u"R-AUTH-7"_s}}) >= 2);
}

void TestAuthentication::R_AUTH_4_pendingOrAuthenticatedRefused()
{
    TestBackend b(true);
    const QString pending =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::PendingLogin));
    const Snapshot before = snapshot(b, pending);
    QCOMPARE(await(b->submitAuthentication(enterprise(pending, u"Hengtai"_s))).error(),
             makeError(u"R-AUTH-4"_s, u"accountId"_s, u"pending"_s));
    QCOMPARE(snapshot(b, pending), before);
    const QString authenticated =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::IndividualLogin));
    QCOMPARE(await(b->submitAuthentication(individual(authenticated))).error(),
             makeError(u"R-AUTH-4"_s, u"accountId"_s, u"authenticated"_s));
    // R-ACC-6: an enterprise account cannot authenticate as an individual.
    const QString company = newAccount(b, spec(AccountType::Enterprise, u"Acme"_s));
    const Snapshot companyBefore = snapshot(b, company);
    QCOMPARE(await(b->submitAuthentication(individual(company))).error(),
             makeError(u"R-ACC-6"_s, u"accountType"_s, u"enterpriseToIndividual"_s));
    QCOMPARE(snapshot(b, company), companyBefore);
    // An individual account may authenticate as an enterprise before authentication.
    const QString person = newAccount(b, spec(AccountType::Individual));
    QVERIFY(await(b->submitAuthentication(enterprise(person, u"Person Co."_s))).ok());
}

void TestAuthentication::R_ACC_16_servicesMustBeEnabled_data()
{
    QTest::addColumn<ServicesStatus>("services");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not enabled") << ServicesStatus::NotEnabled << u"notEnabled"_s;
    QTest::newRow("closed") << ServicesStatus::Closed << u"servicesClosed"_s;
    QTest::newRow("disabled") << ServicesStatus::Disabled << u"servicesDisabled"_s;
}

void TestAuthentication::R_ACC_16_servicesMustBeEnabled()
{
    QFETCH(ServicesStatus, services);
    QFETCH(QString, reason);
    TestBackend b(true);
    AccountSpec closedOrNot;
    closedOrNot.services = services;
    const QString accountId = newAccount(b, closedOrNot);
    const Snapshot before = snapshot(b, accountId);
    QCOMPARE(await(b->submitAuthentication(individual(accountId))).error(),
             makeError(u"R-ACC-16"_s, u"accountId"_s, reason));
    QCOMPARE(snapshot(b, accountId), before);
}

// ---- reviewing --------------------------------------------------------------------------

void TestAuthentication::R_AUTH_4_approved()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    const AuthenticationRecord request = submitted(b, individual(accountId));
    ReviewDecision decision = approve(request.authenticationId);
    decision.note = u"  all clear "_s;
    const AuthenticationRecord record = reviewed(b, decision);
    QCOMPARE(record.status, ReviewStatus::Approved);
    QCOMPARE(record.reviewedAt, ClockSteps::demoStart());
    QCOMPARE(record.reviewerNote, u"all clear"_s);
    QVERIFY(!record.rejectReason);
    QCOMPARE(record.accountName, u"Chen Xiaoyu"_s); // the account's name now
    QVERIFY(await(b->authentication(request.authenticationId)).value() == record);

    const HuaweiAccount account = accountOf(b, accountId);
    QCOMPARE(account.authStatus, AuthStatus::Authenticated);
    QCOMPARE(account.accountType, AccountType::Individual);
    QCOMPARE(account.fullName, u"Chen Xiaoyu"_s);
    const auto mails = outboxOf(b, account.email, u"authenticationApproved"_s);
    QCOMPARE(mails.size(), 1);
    QCOMPARE(paramsOf(mails.first()).value(u"subjectName"_s).toString(), u"Chen Xiaoyu"_s);
    QCOMPARE(rows(*b.backend, view::Journal,
                  {{column::Operation, u"authenticateAccount"_s},
                   {column::Target, accountId},
                   {column::Outcome, u"success"_s}})
                 .first()
                 .value(column::Details)
                 .toString(),
             u"approved"_s);
    // Reviewed once (R-AUTH-4).
    const Snapshot before = snapshot(b, accountId);
    QCOMPARE(await(b->reviewAuthentication(approve(request.authenticationId))).error(),
             makeError(u"R-AUTH-4"_s, u"authenticationId"_s, u"notPending"_s,
                       {{u"status"_s, u"approved"_s}}));
    QCOMPARE(snapshot(b, accountId), before);
}

void TestAuthentication::R_AUTH_4_rejectedThenResubmitted()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    const AuthenticationRecord first = submitted(b, enterprise(accountId, u"Chen Studio"_s));
    const Snapshot before = snapshot(b, accountId);
    QCOMPARE(await(b->reviewAuthentication(reject(first.authenticationId, std::nullopt))).error(),
             makeError(u"R-AUTH-4"_s, u"reason"_s, u"required"_s));
    QCOMPARE(snapshot(b, accountId), before);

    const AuthenticationRecord record = reviewed(
        b, reject(first.authenticationId, RejectReason::Illegible, u"the front is blurred"_s));
    QCOMPARE(record.status, ReviewStatus::Rejected);
    QVERIFY(record.rejectReason == RejectReason::Illegible);
    QCOMPARE(record.reviewerNote, u"the front is blurred"_s);
    QCOMPARE(record.reviewedAt, ClockSteps::demoStart());
    HuaweiAccount account = accountOf(b, accountId);
    QCOMPARE(account.authStatus, AuthStatus::Rejected);
    QCOMPARE(account.enterpriseName, QString());
    const auto mails = outboxOf(b, account.email, u"authenticationRejected"_s);
    QCOMPARE(mails.size(), 1);
    const QVariantMap params = paramsOf(mails.first());
    QCOMPARE(params.value(u"reason"_s).toString(), u"illegible"_s);
    QCOMPARE(params.value(u"subjectName"_s).toString(), u"Chen Studio"_s);
    QCOMPARE(params.value(u"note"_s).toString(), u"the front is blurred"_s);
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"authenticateAccount"_s},
                    {column::Target, accountId},
                    {column::Outcome, u"success"_s}}),
             1);

    // R-ACC-6: the account is an enterprise now; R-AUTH-4: it may submit again.
    QCOMPARE(await(b->submitAuthentication(individual(accountId))).error().rule, u"R-ACC-6"_s);
    const AuthenticationRecord second = submitted(b, enterprise(accountId, u"Chen Studio Ltd."_s));
    QVERIFY(second.authenticationId != first.authenticationId);
    QCOMPARE(second.status, ReviewStatus::Pending);
    QCOMPARE(accountOf(b, accountId).authStatus, AuthStatus::Pending);
    reviewed(b, approve(second.authenticationId));
    account = accountOf(b, accountId);
    QCOMPARE(account.authStatus, AuthStatus::Authenticated);
    QCOMPARE(account.enterpriseName, u"Chen Studio Ltd."_s);
    // The first request stays as it was decided.
    QCOMPARE(await(b->authentication(first.authenticationId))->status, ReviewStatus::Rejected);
}

void TestAuthentication::R_AUTH_4_reviewRefusals()
{
    TestBackend b(true);
    const Error notFound = makeError(u"E-NOT-FOUND"_s, u"authenticationId"_s, u"authentication"_s);
    QCOMPARE(await(b->authentication(987654)).error(), notFound);
    QCOMPARE(await(b->reviewAuthentication(approve(987654))).error(), notFound);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    const AuthenticationRecord request = submitted(b, individual(accountId));
    const Snapshot before = snapshot(b, accountId);
    QCOMPARE(await(b->reviewAuthentication(reject(request.authenticationId,
                                                  RejectReason::NameMismatch, QString(257, u'n'))))
                 .error(),
             makeError(u"E-TOO-LONG"_s, u"note"_s, u"tooLong"_s, {{u"max"_s, 256}}));
    QCOMPARE(snapshot(b, accountId), before);
    QCOMPARE(await(b->authentication(request.authenticationId))->status, ReviewStatus::Pending);
}

// ---- R-AUTH-3 ---------------------------------------------------------------------------

void TestAuthentication::R_AUTH_3_individualNumberAtMostThreeAccounts()
{
    TestBackend b(true);
    const QString number = u"G55512345"_s;
    QList<qint64> requests;
    for (int i = 0; i < 3; ++i)
        requests << submitted(b, individual(newAccount(b), number)).authenticationId;
    reviewed(b, approve(requests.at(0))); // approved and pending ones count
    const QString fourth = newAccount(b);
    const Snapshot before = snapshot(b, fourth);
    const Error limit =
        makeError(u"R-AUTH-3"_s, u"certificateNumber"_s, u"limit"_s, {{u"max"_s, 3}});
    QCOMPARE(await(b->submitAuthentication(individual(fourth, number.toLower()))).error(), limit);
    QCOMPARE(snapshot(b, fourth), before);
    // An enterprise registration number of the same text is another count.
    QVERIFY(await(b->submitAuthentication(enterprise(fourth, u"Fourth Co."_s, number))).ok());
    // A rejected request does not count.
    const QString fifth = newAccount(b);
    reviewed(b, reject(requests.at(1), RejectReason::NumberMismatch));
    QVERIFY(await(b->submitAuthentication(individual(fifth, number))).ok());
}

void TestAuthentication::R_AUTH_3_enterpriseNumberAtMostSixAccounts()
{
    TestBackend b(true);
    const QString number = u"91320000MA0000006X"_s;
    for (int i = 0; i < 6; ++i)
        submitted(b, enterprise(newAccount(b), u"Group member %1"_s.arg(i), number));
    const QString seventh = newAccount(b);
    const Snapshot before = snapshot(b, seventh);
    QCOMPARE(await(b->submitAuthentication(enterprise(seventh, u"Seventh"_s, number))).error(),
             makeError(u"R-AUTH-3"_s, u"certificateNumber"_s, u"limit"_s, {{u"max"_s, 6}}));
    QCOMPARE(snapshot(b, seventh), before);
}

void TestAuthentication::R_AUTH_3_checkedAgainAtApproval()
{
    TestBackend b(true);
    const QString number = u"P00000042"_s;
    const AuthenticationRecord late = submitted(b, individual(newAccount(b), number));
    // Three other accounts authenticated with the number meanwhile (a race the submission
    // could not see): written straight into the store.
    {
        auto db = openStore(b.database());
        for (int i = 0; i < 3; ++i)
            store::SqlQuery(*db, u"INSERT INTO authentications (account_id, auth_type, "
                                 "certificate_type, certificate_number, subject_name, status, "
                                 "submitted_at, reviewed_at) VALUES (:id, 'individual', "
                                 "'passport', :n, 'Someone', 'approved', 0, 0)"_s)
                .bind(u":id"_s, newAccount(b))
                .bind(u":n"_s, number)
                .exec();
    }
    const Snapshot before = snapshot(b, late.accountId);
    QCOMPARE(await(b->reviewAuthentication(approve(late.authenticationId))).error(),
             makeError(u"R-AUTH-3"_s, u"certificateNumber"_s, u"limit"_s, {{u"max"_s, 3}}));
    QCOMPARE(snapshot(b, late.accountId), before);
    // The reviewer rejects it instead.
    QVERIFY(await(b->reviewAuthentication(
                      reject(late.authenticationId, RejectReason::CertificateInvalid)))
                .ok());
}

// ---- R-AUTH-9 ---------------------------------------------------------------------------

void TestAuthentication::R_AUTH_9_firstEnterpriseAuthenticationCopiedToMembers_data()
{
    // my-account.md §4.3.1 Table 4-1: master before / member before / the master's first
    // authenticated name -> result.
    QTest::addColumn<QString>("memberName");
    QTest::addColumn<bool>("memberAuthenticated");
    QTest::addColumn<QString>("approvedName");
    QTest::addColumn<bool>("copied");
    QTest::newRow("1 A/A/A") << u"A Co."_s << false << u"A Co."_s << true;
    QTest::newRow("2 A/A/B") << u"A Co."_s << false << u"B Co."_s << true;
    QTest::newRow("3 A/A authenticated/B") << u"A Co."_s << true << u"B Co."_s << true;
    QTest::newRow("4 A/B/B") << u"B Co."_s << false << u"B Co."_s << true;
    QTest::newRow("5 A/B/A") << u"B Co."_s << false << u"A Co."_s << false;
    QTest::newRow("6 A/B authenticated/A") << u"B Co."_s << true << u"A Co."_s << false;
}

void TestAuthentication::R_AUTH_9_firstEnterpriseAuthenticationCopiedToMembers()
{
    QFETCH(QString, memberName);
    QFETCH(bool, memberAuthenticated);
    QFETCH(QString, approvedName);
    QFETCH(bool, copied);
    TestBackend b(true);
    const QString master = newAccount(b, spec(AccountType::Enterprise, u"A Co."_s));
    const QString member = newAccount(
        b, spec(AccountType::Enterprise, memberName,
                memberAuthenticated ? AuthStatus::Authenticated : AuthStatus::Unauthenticated));
    associate(b, member, master);
    // An unassociated account of the same name is never touched.
    const QString stranger = newAccount(b, spec(AccountType::Enterprise, u"A Co."_s));
    const HuaweiAccount memberBefore = accountOf(b, member);
    const HuaweiAccount strangerBefore = accountOf(b, stranger);

    const AuthenticationRecord request =
        submitted(b, enterprise(master, approvedName, u"MASTER-0001"_s));
    reviewed(b, approve(request.authenticationId));
    QCOMPARE(accountOf(b, master).enterpriseName, approvedName);
    QVERIFY(accountOf(b, stranger) == strangerBefore);

    const HuaweiAccount after = accountOf(b, member);
    const auto memberRequests =
        rows(*b.backend, view::Authentications, {{column::AccountId, member}});
    if (!copied) {
        QVERIFY(after == memberBefore);
        QVERIFY(memberRequests.isEmpty());
        QVERIFY(outboxOf(b, after.email, u"authenticationApproved"_s).isEmpty());
        return;
    }
    QCOMPARE(after.authStatus, AuthStatus::Authenticated);
    QCOMPARE(after.accountType, AccountType::Enterprise);
    QCOMPARE(after.enterpriseName, approvedName);
    QCOMPARE(memberRequests.size(), 1);
    const QVariantMap row = memberRequests.first();
    QCOMPARE(row.value(column::Status).toString(), u"approved"_s);
    QCOMPARE(row.value(column::SubjectName).toString(), approvedName);
    QCOMPARE(row.value(column::CertificateNumber).toString(), u"MASTER-0001"_s);
    const auto copy = await(b->authentication(row.value(column::AuthenticationId).toLongLong()));
    QVERIFY2(copy.ok(), qPrintable(errorText(copy)));
    QCOMPARE(copy->status, ReviewStatus::Approved);
    QCOMPARE(copy->address, request.address);
    QVERIFY(copy->materials.isEmpty()); // the master's materials stay the master's
    QCOMPARE(outboxOf(b, after.email, u"authenticationApproved"_s).size(), 1);
    QCOMPARE(count(*b.backend, view::Journal,
                   {{column::Operation, u"authenticateAccount"_s}, {column::Target, member}}),
             1);
}

// ---- the review queue -------------------------------------------------------------------

void TestAuthentication::R_AUTH_4_reviewQueueListsAndFilters()
{
    TestBackend b(true);
    const QString accountId =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::NewSignUpLogin));
    const qint64 demoRequests = count(*b.backend, view::Authentications);
    // The demo's eleven customers who authenticated, and (7)'s name change under review.
    QCOMPARE(demoRequests, 12);
    const AuthenticationRecord rejected = submitted(b, individual(accountId));
    reviewed(b, reject(rejected.authenticationId, RejectReason::HoldingPhoto));
    const AuthenticationRecord pending = submitted(b, individual(accountId, u"E7654321"_s));

    // Newest first by default (the two submitted now tie on time: the key breaks it).
    ListQuery all;
    all.view = view::Authentications;
    all.limit = 100;
    const auto queue = rows(*b.backend, all);
    QCOMPARE(queue.size(), demoRequests + 2);
    QCOMPARE(queue.at(0).value(column::AuthenticationId).toLongLong(), pending.authenticationId);
    QCOMPARE(queue.at(1).value(column::AuthenticationId).toLongLong(), rejected.authenticationId);
    for (int i = 1; i < queue.size(); ++i)
        QVERIFY(queue.at(i - 1).value(column::SubmittedAt).toLongLong() >=
                queue.at(i).value(column::SubmittedAt).toLongLong());
    const QVariantMap first = queue.first();
    QCOMPARE(first.value(column::AccountId).toString(), accountId);
    QCOMPARE(first.value(column::Name).toString(), QString::fromUtf8(demo::cast::NewSignUpLogin));
    QCOMPARE(first.value(column::AccountType).toString(), u"individual"_s);
    QCOMPARE(first.value(column::Kind).toString(), u"authentication"_s);
    QCOMPARE(first.value(column::SubjectName).toString(), u"Chen Xiaoyu"_s);
    QCOMPARE(first.value(column::CertificateNumber).toString(), u"E7654321"_s);
    QCOMPARE(first.value(column::Status).toString(), u"pending"_s);
    QCOMPARE(first.value(column::DueBy).toLongLong(), pending.dueBy.toMSecsSinceEpoch());
    QVERIFY(first.value(column::ReviewedAt).isNull());
    QVERIFY(first.value(column::RejectReason).isNull());

    QCOMPARE(count(*b.backend, view::Authentications, {{column::Status, u"pending"_s}}), 3);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::Status, u"rejected"_s}}), 1);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::Status, u"approved"_s}}), 10);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::AccountId, accountId}}), 2);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::AccountType, u"enterprise"_s}}),
             10);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::Kind, u"authentication"_s}}),
             demoRequests + 1);
    const auto byReason =
        rows(*b.backend, view::Authentications, {{column::RejectReason, u"holding_photo"_s}});
    QCOMPARE(byReason.size(), 1);
    QCOMPARE(byReason.first().value(column::AuthenticationId).toLongLong(),
             rejected.authenticationId);
    QCOMPARE(count(*b.backend, view::Authentications,
                   {{column::AuthenticationId, rejected.authenticationId}}),
             1);
    QCOMPARE(count(*b.backend, view::Authentications, {{column::CertificateNumber, u"E7654321"_s}}),
             1);
    // The search reads names and numbers.
    QCOMPARE(rows(*b.backend, view::Authentications, {}, u"hengtai"_s).size(), 1);
    QCOMPARE(rows(*b.backend, view::Authentications, {}, u"91330106MA2H3K7X5B"_s).size(), 1);
}

void TestAuthentication::R_AUTH_4_demoRequestPendingWithDueTime()
{
    TestBackend b(true);
    const QString hengtai =
        huaweiAccountIdOf(*b.backend, QString::fromUtf8(demo::cast::PendingLogin));
    // The demo's first authentication under review (another request waiting is a
    // re-authentication, test_reauthentication).
    const auto queue = rows(*b.backend, view::Authentications,
                            {{column::Status, u"pending"_s}, {column::Kind, u"authentication"_s}});
    QCOMPARE(queue.size(), 1);
    const QVariantMap row = queue.first();
    QCOMPARE(row.value(column::AccountId).toString(), hengtai);
    // Submitted on Friday 2026-02-27 16:20, due on Wednesday 2026-03-04 16:20 (UTC+8).
    const QTimeZone cst = ClockSteps::chinaTimeZone();
    QCOMPARE(row.value(column::SubmittedAt).toLongLong(),
             QDateTime(QDate(2026, 2, 27), QTime(16, 20), cst).toMSecsSinceEpoch());
    QCOMPARE(row.value(column::DueBy).toLongLong(),
             QDateTime(QDate(2026, 3, 4), QTime(16, 20), cst).toMSecsSinceEpoch());
    const auto record = await(b->authentication(row.value(column::AuthenticationId).toLongLong()));
    QVERIFY2(record.ok(), qPrintable(errorText(record)));
    QCOMPARE(record->subjectName, u"Suzhou Hengtai Precision Machinery Co., Ltd."_s);
    QCOMPARE(record->countryRegion, u"CN"_s);
    QCOMPARE(record->address, u"No. 9 Suhong Road, Suzhou Industrial Park"_s);
    QCOMPARE(record->certificateNumber, u"91320594MA1NW5T83C"_s);
    QVERIFY(record->materials.isEmpty()); // the demo's requests have none

    // The operator approves it, acting as Huawei's reviewer.
    const auto approved = await(b->reviewAuthentication(approve(record->authenticationId)));
    QVERIFY2(approved.ok(), qPrintable(errorText(approved)));
    QCOMPARE(accountOf(b, hengtai).authStatus, AuthStatus::Authenticated);
}

QTEST_MAIN(TestAuthentication)
#include "test_authentication.moc"
