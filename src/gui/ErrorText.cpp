#include "ErrorText.h"

namespace oc::gui {

namespace {

bool is(const Error &e, const char *rule, const char *reason = nullptr)
{
    return e.rule == QLatin1StringView(rule) && (!reason || e.reason == QLatin1StringView(reason));
}

QString arg(const Error &e, const char *name)
{
    return e.args.value(QString::fromLatin1(name)).toString();
}

} // namespace

QString ErrorText::messageWithRule(const Error &error, const QString &brand)
{
    const QString text = message(error, brand);
    if (error.rule.startsWith(QLatin1String("R-")))
        return tr("%1 (%2)").arg(text, error.rule);
    return text;
}

QString ErrorText::message(const Error &e, const QString &brand)
{
    // ---- system errors ---------------------------------------------------------------
    if (is(e, SystemError::Required, "mobileOrEmail"))
        return tr("Enter a mobile number or an email address.");
    if (is(e, SystemError::Required, "bindFirst"))
        return tr("Bind or create at least one workspace first.");
    if (is(e, SystemError::Required, "terms"))
        return tr("Accept the terms to continue.");
    if (is(e, SystemError::Required))
        return tr("This field is required.");
    if (is(e, SystemError::TooLong))
        return tr("Too long: at most %n characters.", nullptr, arg(e, "max").toInt());
    if (is(e, SystemError::Mismatch))
        return tr("The passwords do not match.");
    if (is(e, SystemError::NotFound)) {
        if (e.reason == u"huaweiAccount")
            return tr("No Huawei Cloud account has this account ID.");
        if (e.reason == u"order")
            return tr("No order has this order number.");
        if (e.reason == u"instance")
            return tr("No purchased service has this instance ID.");
        if (e.reason == u"organization")
            return tr("This organization does not exist.");
        if (e.reason == u"member")
            return tr("This member does not exist.");
        if (e.reason == u"workspace")
            return tr("This workspace does not exist.");
        if (e.reason == u"department")
            return tr("This department does not exist in the organization.");
        if (e.reason == u"binding")
            return tr("This app binding does not exist.");
        if (e.reason == u"product")
            return tr("This product is not in the catalogue.");
        if (e.reason == u"feeCenterAccount")
            return tr("No fee-center account has this username.");
        return tr("The record no longer exists. Refresh and try again.");
    }
    if (is(e, SystemError::Unreachable, "timeout"))
        return tr("The server did not answer within %n second(s). Check the connection and "
                  "retry.",
                  nullptr, arg(e, "seconds").toInt());
    if (is(e, SystemError::Unreachable))
        return tr("The server cannot be reached. Check the connection and retry.");
    if (is(e, SystemError::Conflict))
        return tr("Someone else changed this at the same time. Refresh and try again.");
    if (is(e, SystemError::Invalid))
        return tr("The request was not understood (%1).").arg(e.field);
    if (e.rule == u"E-DUPLICATE")
        return tr("This name is already used here.");
    if (e.rule == u"E-NOT-IMPLEMENTED")
        return tr("This is not available in this version yet.");
    if (e.rule == u"E-CANCELLED")
        return tr("Cancelled.");
    if (e.rule == u"E-FILE")
        return tr("Cannot write the file %1: %2").arg(arg(e, "path"), arg(e, "detail"));
    if (e.rule == u"E-CLOCK")
        return tr("Only the demo clock can be changed.");
    if (e.rule == u"E-DEMO")
        return tr("Only a demo database can be reset.");
    if (is(e, SystemError::Store)) {
        const QString path = arg(e, "path");
        const QString reason = e.reason;
        if (reason == u"newerVersion")
            return tr("The database %1 was written by a newer version of this console (schema %2; "
                      "this version supports up to %3). Update the console; the file was not "
                      "changed.")
                .arg(path, arg(e, "found"), arg(e, "supported"));
        if (reason == u"notADatabase")
            return tr("%1 is not a database of this console, or it is damaged. It was left "
                      "untouched; "
                      "restore it from a backup or choose another file.")
                .arg(path);
        if (reason == u"foreign")
            return tr("%1 is a database of another application. It was left untouched.").arg(path);
        if (reason == u"unreadable")
            return tr("Cannot read %1: check its permissions.").arg(path);
        if (reason == u"readOnly")
            return tr("Cannot write to %1: the file or its folder is read-only.").arg(path);
        if (reason == u"missingFolder")
            return tr("The folder for %1 does not exist.").arg(path);
        if (reason == u"missingFile")
            return tr("The database %1 does not exist.").arg(path);
        if (reason == u"isFolder")
            return tr("%1 is a folder, not a database file.").arg(path);
        if (reason == u"busy")
            return tr("The database %1 is busy: another console is writing to it. Try again in a "
                      "moment.")
                .arg(path);
        if (reason == u"driverMissing")
            return tr("The database driver %1 is not installed.")
                .arg(arg(e, "path").isEmpty() ? e.field : path);
        if (reason == u"unique")
            return tr(
                "This already exists (someone may have just created it). Refresh and try again.");
        if (reason == u"notOpen")
            return tr("The database is not open.");
        if (reason == u"hashFailed")
            return tr("The password could not be secured (out of memory). Try again.");
        if (reason == u"copyFailed")
            return tr("Cannot create the demo copy at %1.").arg(path);
        return tr("The database reported an error: %1")
            .arg(arg(e, "detail").isEmpty() ? reason : arg(e, "detail"));
    }

    // ---- identifiers and accounts ----------------------------------------------------
    if (is(e, "R-ID-1"))
        return tr("An account ID is 32 characters, digits 0-9 and letters a-f (you typed %n).",
                  nullptr, arg(e, "length").toInt());
    if (is(e, "R-ID-2"))
        return tr(
            "An order number is CS, 10 digits and 5 letters or digits, e.g. CS2211181819B4LVS.");
    if (is(e, "R-ID-3"))
        return tr("An instance ID is a UUID like 3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f.");
    if (is(e, "R-ACC-1", "taken"))
        return tr("An account with this email already exists on this site.");
    if (is(e, "R-ACC-1", "noAccount"))
        return tr("No account with this email exists on this site.");
    if (is(e, "R-ACC-1", "forbiddenCharacter"))
        return tr("An email address cannot contain + ! # or $.");
    if (is(e, "R-ACC-1"))
        return tr("Enter a valid email address, e.g. name@example.com.");
    if (is(e, "R-ACC-2", "tooShort"))
        return tr("At least %n characters.", nullptr, arg(e, "min").toInt());
    if (is(e, "R-ACC-2", "length"))
        return tr("%1 to %2 characters.").arg(arg(e, "min"), arg(e, "max"));
    if (is(e, "R-ACC-2", "whitespace"))
        return tr("A password cannot contain spaces.");
    if (is(e, "R-ACC-2", "lettersAndDigits"))
        return tr("Use both letters and digits.");
    if (is(e, "R-ACC-2", "classes"))
        return tr("Use at least three of: uppercase letters, lowercase letters, digits, symbols.");
    if (is(e, "R-ACC-3", "changeLimit"))
        return tr("The tenant name can be changed at most %n times per calendar year.", nullptr,
                  arg(e, "max").toInt());
    if (is(e, "R-ACC-3", "length"))
        return tr("A tenant name is 6 to 32 characters.");
    if (is(e, "R-ACC-3"))
        return tr("Start with a letter; use letters, digits, - and _ only.");
    if (is(e, "R-ACC-4"))
        return tr("Enter the number with its country code, e.g. +86 138 0013 8000.");
    if (is(e, "R-ACC-5"))
        return tr("The country/region cannot be changed once Huawei Cloud services are enabled.");
    if (is(e, "R-ACC-6", "enterpriseToIndividual"))
        return tr("An enterprise account cannot become an individual account.");
    if (is(e, "R-ACC-6", "reauthenticationRequired"))
        return tr(
            "After real-name authentication the account type changes only by re-authentication.");
    if (is(e, "R-ACC-6"))
        return tr("This account type change is not allowed.");

    // ---- marketplace -------------------------------------------------------------------
    if (is(e, "R-MKT-1", "servicesClosed"))
        return tr("Huawei Cloud services of this account are closed: it cannot buy.");
    if (is(e, "R-MKT-1"))
        return tr("Only a real-name authenticated account can buy %1 SaaS Edition. Complete "
                  "real-name "
                  "authentication first (My Account > Real-Name Authentication).")
            .arg(brand);
    if (is(e, "R-MKT-3"))
        return tr("Stored-value cards are bought in whole units of 100 CNY: enter 1 to %1 cards.")
            .arg(arg(e, "max").isEmpty() ? QStringLiteral("999") : arg(e, "max"));
    if (is(e, "R-MKT-4", "alreadyClosed") || is(e, "R-MKT-4"))
        return tr("This resource is already closed.");

    // ---- organizations and binding -----------------------------------------------------
    if (is(e, "R-ORG-1", "tooLong"))
        return tr("At most %n characters.", nullptr, arg(e, "max").toInt());
    if (is(e, "R-ORG-1", "immutable"))
        return tr("The enterprise name cannot be changed after creation.");
    if (is(e, "R-ORG-1"))
        return tr("Enter the enterprise name.");
    if (is(e, "R-ORG-2", "taken"))
        return tr("This abbreviation is already used by another organization.");
    if (is(e, "R-ORG-2", "immutable"))
        return tr("The abbreviation cannot be changed after creation.");
    if (is(e, "R-ORG-2", "length"))
        return tr("2 to 32 characters.");
    if (is(e, "R-ORG-2", "lowercase"))
        return tr("Use lowercase letters only (a-z), digits and -.");
    if (is(e, "R-ORG-2", "startLetter"))
        return tr("Start with a lowercase letter.");
    if (is(e, "R-ORG-2"))
        return tr("Use lowercase letters, digits and -, starting with a letter.");
    if (is(e, "R-ORG-3", "notReady"))
        return tr("The organization is still being set up (1-3 minutes). Members and bindings wait "
                  "until it is "
                  "ready.");
    if (is(e, "R-ORG-3"))
        return tr("The organization is still being set up (1-3 minutes). Wait until it is ready.");
    if (is(e, "R-ORG-4"))
        return tr("Only the organization's administrator can do this.");
    if (is(e, "R-ORG-5", "immutable"))
        return tr("A member's account cannot be changed.");
    if (is(e, "R-ORG-5", "taken"))
        return tr("This organization already has a member with this account.");
    if (is(e, "R-ORG-5", "length"))
        return tr("At most %n characters.", nullptr, arg(e, "max").toInt());
    if (is(e, "R-ORG-5"))
        return tr("Use letters, digits, '.', '_' and '-' only.");
    if (is(e, "R-BND-3", "otherOwner"))
        return tr(
            "The order belongs to another Huawei Cloud account than the organization's owner.");
    if (is(e, "R-BND-2", "sameProduct"))
        return tr("This organization already has an order of the same product bound.");
    if (is(e, "R-BND-1"))
        return tr("This order is already bound to an organization (%1).")
            .arg(arg(e, "organization"));
    if (is(e, "R-BND-2"))
        return tr("This organization already has an order of the same product bound.");
    if (is(e, "R-BND-3", "notActive"))
        return tr("Only an active purchased service can be bound (this one is %1).")
            .arg(arg(e, "status"));
    if (is(e, "R-BND-3"))
        return tr(
            "The order belongs to another Huawei Cloud account than the organization's owner.");
    if (is(e, "R-BND-4", "alreadyAuthorized"))
        return tr("%1 is already authorized.").arg(arg(e, "loginName"));
    if (is(e, "R-BND-4", "disabled"))
        return tr("%1 is disabled and cannot be authorized.").arg(arg(e, "loginName"));
    if (is(e, "R-BND-4", "terms"))
        return tr("Accept the terms to authorize.");
    if (is(e, "R-BND-4", "noMembers"))
        return tr("Select at least one member.");
    if (is(e, "R-BND-4"))
        return tr("This member is already authorized.");

    // ---- billing center ----------------------------------------------------------------
    if (is(e, "R-FC-1", "taken"))
        return tr("This username is already taken.");
    if (is(e, "R-FC-1", "length"))
        return tr("%1 to %2 characters.").arg(arg(e, "min"), arg(e, "max"));
    if (is(e, "R-FC-1", "immutable"))
        return tr("A fee-center username cannot be changed.");
    if (is(e, "R-FC-1"))
        return tr("Start with a letter; use letters, digits, '.', '_' and '-'.");
    if (is(e, "R-FC-2"))
        return tr("This Huawei Cloud account is already linked to a fee-center account (%1).")
            .arg(arg(e, "username"));
    if (is(e, "R-FC-3", "otherFeeCenter"))
        return tr("This workspace belongs to another fee-center account.");
    if (is(e, "R-FC-3"))
        return tr("Enter the code sent to the fee-center account's email.");
    if (is(e, "R-WS-1", "taken"))
        return tr("A workspace with this name already exists here.");
    if (is(e, "R-WS-1", "length"))
        return tr("At most %n characters.", nullptr, arg(e, "max").toInt());
    if (is(e, "R-WS-1"))
        return tr("Enter a workspace name.");
    if (is(e, "R-WS-2"))
        return tr("The workspace language cannot be changed after creation.");
    if (is(e, "R-WS-3", "immutable"))
        return tr("The site cannot be changed after creation.");
    if (is(e, "R-WS-3"))
        return tr("Choose a site.");
    if (is(e, "R-SET-1", "format"))
        return tr("An Alibaba Cloud account ID is 8 to 20 digits.");
    if (is(e, "R-SET-1", "notConfirmed"))
        return tr("Confirm the subscription on the AWS Marketplace.");
    if (is(e, "R-SET-1", "noFeeCenterAccount"))
        return tr("This workspace has no fee-center account to settle through.");
    if (is(e, "R-SET-1", "unchanged"))
        return tr("The workspace already settles through the fee-center account.");
    if (is(e, "R-SET-1", "notHere"))
        return tr("This settlement method cannot be chosen here.");
    if (is(e, "R-SET-2", "unchanged"))
        return tr("The workspace already settles through this account and instance.");
    if (is(e, "R-SET-2", "instanceOfOtherAccount"))
        return tr("This instance belongs to another Huawei Cloud account.");
    if (is(e, "R-SET-2", "notActive"))
        return tr("The instance is not active (%1): purchase or renew %2 SaaS Edition first.")
            .arg(arg(e, "status"), brand);
    if (is(e, "R-SET-2", "notSaas"))
        return tr("This instance is not a %1 SaaS Edition subscription.").arg(brand);
    if (is(e, "R-SET-2"))
        return tr("Huawei Cloud settlement needs the account ID and an active instance ID of that "
                  "account.");
    if (is(e, "R-SET-3"))
        return tr("The settlement method was already changed this month; next change possible from "
                  "%1.")
            .arg(arg(e, "nextChange"));
    if (is(e, "R-SET-4"))
        return tr("This workspace is bound to another cloud account. Release that binding first.");
    if (is(e, "R-SET-5", "locked"))
        return tr("The workspace is locked: unlock it first.");
    if (is(e, "R-SET-5"))
        return tr("The workspace is locked because its Huawei Cloud subscription was closed.");
    if (is(e, "R-SET-6"))
        return tr("Only a locked workspace can be unlocked.");
    if (is(e, "R-SVC-1", "wrongProduct"))
        return tr("This order is not a stored-value card order.");
    if (is(e, "R-SVC-1", "otherAccount"))
        return tr("This order belongs to another Huawei Cloud account.");
    if (is(e, "R-SVC-1", "notPaid"))
        return tr("This order is not paid.");
    if (is(e, "R-SVC-1"))
        return tr("Enter the Huawei Cloud account ID and the order number of a stored-value card "
                  "purchase.");
    if (is(e, "R-SVC-2"))
        return arg(e, "username").isEmpty()
                   ? tr("This order was already redeemed; it cannot be recharged twice.")
                   : tr("This order was already redeemed into fee-center account %1; it cannot be "
                        "recharged twice.")
                         .arg(arg(e, "username"));
    if (is(e, "R-SVC-4"))
        return tr("Stored-value cards cannot be transferred to another fee-center account.");
    if (is(e, "R-REG-3", "feeCenterRequired"))
        return tr("Fee-center and Huawei Cloud settlement need the fee-center account.");
    if (is(e, "R-REG-2", "noActiveInstance"))
        return tr("This Huawei Cloud account has no active %1 SaaS Edition instance. Subscribe on "
                  "KooGallery first.")
            .arg(brand);
    if (is(e, "R-REG-2", "terms") || is(e, "R-REG-1", "terms"))
        return tr("Accept the terms to continue.");
    if (is(e, "R-REG-2"))
        return tr(
            "Activation through Huawei Cloud Store needs an account ID with an active instance.");
    if (is(e, "R-REG-1"))
        return tr("Complete the previous steps first.");

    // ---- verification codes ----------------------------------------------------------
    if (is(e, "R-VC-1", "format"))
        return tr("The code is 6 digits.");
    if (is(e, "R-VC-1", "wrong"))
        return tr("Wrong code: %n attempt(s) left.", nullptr, arg(e, "attemptsLeft").toInt());
    if (is(e, "R-VC-1", "expired"))
        return tr("The code has expired (codes are valid for 10 minutes). Send a new one.");
    if (is(e, "R-VC-1", "exhausted"))
        return tr("Too many wrong attempts. Send a new code.");
    if (is(e, "R-VC-1", "used"))
        return tr("This code was already used. Send a new one.");
    if (is(e, "R-VC-1", "notSent"))
        return tr("Send a code first.");
    if (is(e, "R-VC-1", "tooSoon"))
        return tr("Wait %n second(s) before requesting a new code.", nullptr,
                  arg(e, "seconds").toInt());

    // ---- login -------------------------------------------------------------------------
    if (is(e, "R-ORG-6", "format"))
        return tr("Log in as account@abbreviation, e.g. wendy@gcy.");
    if (is(e, "R-ORG-6", "unknownOrganization"))
        return tr("No organization has this abbreviation.");
    if (is(e, "R-ORG-6", "wrongPassword") && e.field == u"currentPassword")
        return tr("The current password is wrong.");
    if (is(e, "R-ORG-6", "wrongPassword"))
        return tr("Wrong account or password.");
    if (is(e, "R-ORG-6", "notAuthorized"))
        return tr("This member is not authorized to use the application. Ask the administrator to "
                  "authorize you.");
    if (is(e, "R-ORG-6", "disabled"))
        return tr("This member is disabled. Ask the organization's administrator.");
    if (is(e, "R-ORG-6", "throttled"))
        return tr("Too many failed attempts. Try again in %n minute(s).", nullptr,
                  arg(e, "minutes").toInt());
    if (is(e, "R-ORG-6", "samePassword"))
        return tr("The new password must differ from the initial password.");
    if (is(e, "R-ORG-6"))
        return tr("Change the initial password before continuing.");

    return tr("The operation was refused (%1).")
        .arg(e.rule + (e.reason.isEmpty() ? QString() : QLatin1Char('/') + e.reason));
}

} // namespace oc::gui
