#include "ErrorText.h"

#include "core/Rules.h"

#include <QStringList>

namespace oc::gui {

namespace {

namespace S = SystemError;
namespace R = rule;
using namespace Qt::StringLiterals;

// Rows of the same rule go from the most specific to "*": the first match wins.
constexpr ErrorText::Entry Entries[] = {
    // ---- system errors -----------------------------------------------------------------
    {S::Required, "mobileOrEmail",
     QT_TRANSLATE_NOOP("ErrorText", "Enter a mobile number or an email address.")},
    {S::Required, "bindFirst",
     QT_TRANSLATE_NOOP("ErrorText", "Bind or create at least one workspace first.")},
    {S::Required, "terms", QT_TRANSLATE_NOOP("ErrorText", "Accept the terms to continue.")},
    {S::Required, "*", QT_TRANSLATE_NOOP("ErrorText", "This field is required.")},
    {S::TooLong, "*", QT_TRANSLATE_N_NOOP("ErrorText", "Too long: at most %n characters."), "#max"},
    {S::Mismatch, "*", QT_TRANSLATE_NOOP("ErrorText", "The passwords do not match.")},
    {S::NotFound, "huaweiAccount",
     QT_TRANSLATE_NOOP("ErrorText", "No Huawei Cloud account has this account ID.")},
    {S::NotFound, "order", QT_TRANSLATE_NOOP("ErrorText", "No order has this order number.")},
    {S::NotFound, "instance",
     QT_TRANSLATE_NOOP("ErrorText", "No purchased service has this instance ID.")},
    {S::NotFound, "organization",
     QT_TRANSLATE_NOOP("ErrorText", "This organization does not exist.")},
    {S::NotFound, "member", QT_TRANSLATE_NOOP("ErrorText", "This member does not exist.")},
    {S::NotFound, "workspace", QT_TRANSLATE_NOOP("ErrorText", "This workspace does not exist.")},
    {S::NotFound, "department",
     QT_TRANSLATE_NOOP("ErrorText", "This department does not exist in the organization.")},
    {S::NotFound, "binding", QT_TRANSLATE_NOOP("ErrorText", "This app binding does not exist.")},
    {S::NotFound, "product",
     QT_TRANSLATE_NOOP("ErrorText", "This product is not in the catalogue.")},
    {S::NotFound, "feeCenterAccount",
     QT_TRANSLATE_NOOP("ErrorText", "No fee-center account has this username.")},
    {S::NotFound, "recipient",
     QT_TRANSLATE_NOOP("ErrorText", "This message recipient no longer exists.")},
    {S::NotFound, "partnerInvitation",
     QT_TRANSLATE_NOOP("ErrorText", "No partner invitation has this link or token. Check it, or "
                                    "ask the partner for a new invitation link.")},
    {S::NotFound, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The record no longer exists. Refresh and try again.")},
    {S::Unreachable, "timeout",
     QT_TRANSLATE_N_NOOP("ErrorText", "The server did not answer within %n second(s). Check the "
                                      "connection and retry."),
     "#seconds"},
    {S::Unreachable, "badAnswer",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The server's answer was not understood (HTTP status %1): it may run "
                       "another version of the billing API. Retry, or ask its administrator."),
     "status"},
    {S::Unreachable, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The server cannot be reached. Check the connection and retry.")},
    {S::Auth, "keyOfAnotherOperator",
     QT_TRANSLATE_NOOP("ErrorText", "The server refused the request: it repeats another "
                                    "operator's request.")},
    {S::Auth, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The server did not accept your operator token (missing, "
                                    "wrong or revoked). Ask the server's administrator for a "
                                    "new one.")},
    {S::Conflict, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Someone else changed this at the same time. Refresh and try again.")},
    {S::Invalid, "format",
     QT_TRANSLATE_NOOP("ErrorText", "A website address cannot contain spaces."), "", "website"},
    {S::Invalid, "tooMany",
     QT_TRANSLATE_N_NOOP("ErrorText", "A partner has at most %n contact card(s)."), "#max",
     "contacts"},
    {S::Invalid, "*", QT_TRANSLATE_NOOP("ErrorText", "The request was not understood (%1)."),
     "@field"},
    {S::Duplicate, "*", QT_TRANSLATE_NOOP("ErrorText", "This name is already used here.")},
    {S::NotImplemented, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This is not available in this version yet.")},
    {S::Cancelled, "*", QT_TRANSLATE_NOOP("ErrorText", "Cancelled.")},
    {S::File, "*", QT_TRANSLATE_NOOP("ErrorText", "Cannot write the file %1: %2"), "path detail"},
    {S::Clock, "*", QT_TRANSLATE_NOOP("ErrorText", "Only the demo clock can be changed.")},
    {S::Demo, "*", QT_TRANSLATE_NOOP("ErrorText", "Only a demo database can be reset.")},
    {S::Store, "newerVersion",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The database %1 was written by a newer version of this console (schema "
                       "%2; this version supports up to %3). Update the console; the file was "
                       "not changed."),
     "path found supported"},
    {S::Store, "notADatabase",
     QT_TRANSLATE_NOOP("ErrorText",
                       "%1 is not a database of this console, or it is damaged. It was left "
                       "untouched; restore it from a backup or choose another file."),
     "path"},
    {S::Store, "foreign",
     QT_TRANSLATE_NOOP("ErrorText",
                       "%1 is a database of another application. It was left untouched."),
     "path"},
    {S::Store, "unreadable",
     QT_TRANSLATE_NOOP("ErrorText", "Cannot read %1: check its permissions."), "path"},
    {S::Store, "readOnly",
     QT_TRANSLATE_NOOP("ErrorText", "Cannot write to %1: the file or its folder is read-only."),
     "path"},
    {S::Store, "missingFolder", QT_TRANSLATE_NOOP("ErrorText", "The folder for %1 does not exist."),
     "path"},
    {S::Store, "missingFile", QT_TRANSLATE_NOOP("ErrorText", "The database %1 does not exist."),
     "path"},
    {S::Store, "isFolder", QT_TRANSLATE_NOOP("ErrorText", "%1 is a folder, not a database file."),
     "path"},
    {S::Store, "busy",
     QT_TRANSLATE_NOOP("ErrorText", "The database %1 is busy: another console is writing to it. "
                                    "Try again in a moment."),
     "path"},
    {S::Store, "driverMissing",
     QT_TRANSLATE_NOOP("ErrorText", "The database driver %1 is not installed."), "driver"},
    {S::Store, "openFailed", QT_TRANSLATE_NOOP("ErrorText", "Cannot open the database %1: %2"),
     "path detail"},
    {S::Store, "badUrl",
     QT_TRANSLATE_NOOP("ErrorText", "%1 is not a usable PostgreSQL address (%2). Write it as "
                                    "postgresql://user@host:port/database."),
     "path detail"},
    {S::Store, "conflict",
     QT_TRANSLATE_NOOP("ErrorText", "Other operators changed the same records at the same "
                                    "moment, several times over. Try again.")},
    {S::Store, "createFailed", QT_TRANSLATE_NOOP("ErrorText", "Cannot create the database %1: %2"),
     "path detail"},
    {S::Store, "removeFailed", QT_TRANSLATE_NOOP("ErrorText", "Cannot remove the database %1: %2"),
     "path detail"},
    {S::Store, "unique",
     QT_TRANSLATE_NOOP("ErrorText", "This already exists (someone may have just created it). "
                                    "Refresh and try again.")},
    {S::Store, "notOpen", QT_TRANSLATE_NOOP("ErrorText", "The database is not open.")},
    {S::Store, "hashFailed",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The password could not be secured (out of memory). Try again.")},
    {S::Store, "copyFailed", QT_TRANSLATE_NOOP("ErrorText", "Cannot create the demo copy at %1."),
     "path"},
    {S::Store, "*", QT_TRANSLATE_NOOP("ErrorText", "The database reported an error: %1"),
     "detail|@reason"},

    // ---- identifiers and accounts ------------------------------------------------------
    {R::ID_1, "*",
     QT_TRANSLATE_N_NOOP("ErrorText", "An account ID is 32 characters, digits 0-9 and letters "
                                      "a-f (you typed %n)."),
     "#length"},
    {R::ID_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "An order number is CS, 10 digits and 5 letters or digits, "
                                    "e.g. CS2211181819B4LVS.")},
    {R::ID_3, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An instance ID is a UUID like 3f1c2a9e-8b7d-4c1e-9f20-6a5b4c3d2e1f.")},
    {R::ACC_1, "idTaken",
     QT_TRANSLATE_NOOP("ErrorText", "A HUAWEI ID with this email address already exists. Log in "
                                    "with it, or sign up with another address.")},
    {R::ACC_1, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "An account with this email already exists on this site.")},
    {R::ACC_1, "noAccount",
     QT_TRANSLATE_NOOP("ErrorText", "No account with this email exists on this site.")},
    {R::ACC_1, "forbiddenCharacter",
     QT_TRANSLATE_NOOP("ErrorText", "An email address cannot contain + ! # or $.")},
    {R::ACC_1, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Enter a valid email address, e.g. name@example.com.")},
    {R::ACC_2, "tooShort", QT_TRANSLATE_N_NOOP("ErrorText", "At least %n characters."), "#min"},
    {R::ACC_2, "length", QT_TRANSLATE_NOOP("ErrorText", "%1 to %2 characters."), "min max"},
    {R::ACC_2, "whitespace", QT_TRANSLATE_NOOP("ErrorText", "A password cannot contain spaces.")},
    {R::ACC_2, "lettersAndDigits", QT_TRANSLATE_NOOP("ErrorText", "Use both letters and digits.")},
    {R::ACC_2, "classes",
     QT_TRANSLATE_NOOP("ErrorText", "Use at least three of: uppercase letters, lowercase "
                                    "letters, digits, symbols.")},
    {R::ACC_3, "changeLimit",
     QT_TRANSLATE_N_NOOP("ErrorText",
                         "The tenant name can be changed at most %n times per calendar year."),
     "#max"},
    {R::ACC_3, "length", QT_TRANSLATE_NOOP("ErrorText", "A tenant name is 6 to 32 characters.")},
    {R::ACC_3, "taken",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This tenant name is used by another account (letter case does not "
                       "count).")},
    {R::ACC_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Start with a letter; use letters, digits, - and _ only.")},
    {R::ACC_4, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Enter the number with its country code, e.g. +86 138 0013 8000.")},
    {R::ACC_5, "unknown", QT_TRANSLATE_NOOP("ErrorText", "Choose a country/region from the list.")},
    {R::ACC_5, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The country/region cannot be changed once Huawei Cloud "
                                    "services are enabled.")},
    {R::ACC_6, "enterpriseToIndividual",
     QT_TRANSLATE_NOOP("ErrorText", "An enterprise account cannot become an individual account.")},
    {R::ACC_6, "reauthenticationRequired",
     QT_TRANSLATE_NOOP("ErrorText", "After real-name authentication the account type changes "
                                    "only by re-authentication.")},
    {R::ACC_6, "*", QT_TRANSLATE_NOOP("ErrorText", "This account type change is not allowed.")},
    // ---- My Account, part 2 (my-account.md §5, D.4) --------------------------------------
    {R::ACC_7, "sameAsLoginId",
     QT_TRANSLATE_NOOP("ErrorText", "The tenant name is the same as the login ID: it can be "
                                    "edited only when the two differ.")},
    {R::ACC_7, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The tenant name cannot be edited for this account.")},
    {R::ACC_8, "changedOnce",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The login ID has already been changed once and cannot be changed again.")},
    {R::ACC_8, "unchanged",
     QT_TRANSLATE_NOOP("ErrorText", "This is the current login ID: enter the new one.")},
    {R::ACC_8, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "This login ID is already used by another account (letter "
                                    "case does not count).")},
    {R::ACC_8, "format",
     QT_TRANSLATE_NOOP("ErrorText", "Start the login ID with a letter; use 6 to 32 letters, "
                                    "digits, - and _.")},
    {R::ACC_8, "*", QT_TRANSLATE_NOOP("ErrorText", "The login ID cannot be changed.")},
    {R::ACC_9, "authenticated",
     QT_TRANSLATE_NOOP("ErrorText", "The account is real-name authenticated: its name changes "
                                    "only by re-authentication.")},
    {R::ACC_9, "pending",
     QT_TRANSLATE_NOOP("ErrorText", "A real-name authentication is under review: the name "
                                    "cannot be changed now.")},
    {R::ACC_9, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The name can be changed only before real-name authentication.")},
    {R::ACC_10, "typeSet",
     QT_TRANSLATE_NOOP("ErrorText", "The account type is already set: change the information "
                                    "with Edit instead.")},
    {R::ACC_10, "required", QT_TRANSLATE_NOOP("ErrorText", "Choose the account type."), "",
     "accountType"},
    {R::ACC_10, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the name that goes with the account type.")},
    {R::ACC_10, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Complete Information is only for an account whose type is "
                                    "not set yet.")},
    {R::ACC_11, "notListed",
     QT_TRANSLATE_NOOP("ErrorText", "Choose a qualification name from the list.")},
    {R::ACC_11, "format",
     QT_TRANSLATE_NOOP("ErrorText",
                       "A tax identification number is 5 to 30 letters, digits or hyphens.")},
    {R::ACC_11, "empty", QT_TRANSLATE_NOOP("ErrorText", "The file is empty.")},
    {R::ACC_11, "tooLarge", QT_TRANSLATE_NOOP("ErrorText", "The file is larger than %1 MB."),
     "maxMb"},
    {R::ACC_11, "type",
     QT_TRANSLATE_NOOP("ErrorText", "This file type is not accepted here. Upload one of: %1."),
     "allowed"},
    {R::ACC_11, "extension",
     QT_TRANSLATE_NOOP("ErrorText", "The file's name does not match its content (it is a %1 "
                                    "file). Rename or convert it."),
     "type"},
    {R::ACC_11, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Upload the qualification proof as a DOC, DOCX, JPG, PNG, "
                                    "PDF or ODT file of at most 5 MB.")},
    {R::ACC_12, "required", QT_TRANSLATE_NOOP("ErrorText", "Choose the payment currency."), "",
     "paymentCurrency"},
    {R::ACC_12, "required", QT_TRANSLATE_NOOP("ErrorText", "Choose the industry."), "", "industry"},
    {R::ACC_12, "required",
     QT_TRANSLATE_NOOP("ErrorText", "This part of the contact address is required.")},
    {R::ACC_12, "tooLong", QT_TRANSLATE_N_NOOP("ErrorText", "Too long: at most %n characters."),
     "#max"},
    {R::ACC_12, "format",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Enter a postal code of 2 to 12 letters, digits, spaces or hyphens.")},
    {R::ACC_12, "notListed", QT_TRANSLATE_NOOP("ErrorText", "Choose CNY, USD or EUR.")},
    {R::ACC_12, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Complete the contact address, the payment currency and the "
                                    "industry.")},
    {R::ACC_13, "required",
     QT_TRANSLATE_NOOP("ErrorText", "This industry has secondary industries: choose one.")},
    {R::ACC_13, "notListed", QT_TRANSLATE_NOOP("ErrorText", "Choose an industry from the list."),
     "", "industry"},
    {R::ACC_13, "notListed",
     QT_TRANSLATE_NOOP("ErrorText", "Choose a secondary industry of the chosen industry.")},
    {R::ACC_13, "*", QT_TRANSLATE_NOOP("ErrorText", "Choose an industry from the list.")},
    {R::ACC_14, "unbound",
     QT_TRANSLATE_NOOP("ErrorText", "Nothing of this kind is bound to the HUAWEI ID: verify "
                                    "your identity with the other one.")},
    {R::ACC_14, "unchanged",
     QT_TRANSLATE_NOOP("ErrorText", "This is the current one: enter the new one.")},
    {R::ACC_14, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Verify your identity, then the new mobile number or email "
                                    "address, each with its code.")},
    {R::ACC_15, "notListed", QT_TRANSLATE_NOOP("ErrorText", "Choose Chinese or English."), "",
     "messageLanguage"},
    {R::ACC_15, "notListed", QT_TRANSLATE_NOOP("ErrorText", "Choose a time zone from the list."),
     "", "timeZone"},
    {R::ACC_15, "notListed", QT_TRANSLATE_NOOP("ErrorText", "Choose CNY, USD or EUR."), "",
     "currency"},
    {R::ACC_15, "*", QT_TRANSLATE_NOOP("ErrorText", "Choose a value from the list.")},
    {R::ACC_20, "wrongPassword", QT_TRANSLATE_NOOP("ErrorText", "The current password is wrong.")},
    {R::ACC_20, "samePassword",
     QT_TRANSLATE_NOOP("ErrorText", "The new password must differ from the current one.")},
    {R::ACC_20, "unbound",
     QT_TRANSLATE_NOOP("ErrorText", "Nothing of this kind is bound to the HUAWEI ID: choose the "
                                    "other one.")},
    {R::ACC_20, "*", QT_TRANSLATE_NOOP("ErrorText", "The password cannot be changed.")},
    {R::ACC_16, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Accept the Huawei Cloud Customer Agreement and Privacy "
                                    "Statement to enable the services, or enable them later.")},
    {R::ACC_16, "notEnabled",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are not enabled yet. "
                                    "Enable them first (Enable Huawei Cloud Services).")},
    {R::ACC_16, "alreadyEnabled",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are already enabled.")},
    {R::ACC_16, "servicesClosed",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are closed.")},
    {R::ACC_16, "servicesDisabled",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are disabled.")},
    {R::ACC_16, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This is not possible in the account's Huawei Cloud services state.")},
    {R::ACC_17, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The mobile number cannot be bound to this account.")},
    // ---- Sign in to Huawei Cloud (D-LOGIN, R-ACC-19) ----------------------------------
    {R::ACC_19, "wrongPassword",
     QT_TRANSLATE_NOOP("ErrorText", "The account or the password is wrong.")},
    {R::ACC_19, "throttled",
     QT_TRANSLATE_N_NOOP("ErrorText",
                         "Too many wrong passwords: signing in is locked. Try again in %n "
                         "minute(s)."),
     "#minutes"},
    {R::ACC_19, "unbound",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Nothing of this kind is bound to the account: choose the other one.")},
    {R::ACC_19, "format",
     QT_TRANSLATE_NOOP("ErrorText", "A website account name is 3 to 32 letters, digits, _, - "
                                    "or ."),
     "", "name"},
    {R::ACC_19, "format",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Start the account name with a letter; use 6 to 32 letters, digits, - "
                       "and _."),
     "", "accountName"},
    {R::ACC_19, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "A website account with this name already exists."), "",
     "name"},
    {R::ACC_19, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "This name is already used by another Huawei Cloud account."),
     "", "accountName"},
    {R::ACC_19, "alreadyBound",
     QT_TRANSLATE_NOOP("ErrorText", "This website account is already bound to a HUAWEI ID."), "",
     "name"},
    {R::ACC_19, "alreadyBound",
     QT_TRANSLATE_NOOP("ErrorText", "A website account is already bound to this HUAWEI ID."), "",
     "identifier"},
    {R::ACC_19, "*", QT_TRANSLATE_NOOP("ErrorText", "Signing in is not possible.")},
    {R::CLS_2, "disabled",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are disabled: it can "
                                    "no longer sign in. The HUAWEI ID itself remains.")},
    {R::CLS_2, "notClosed",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "Huawei Cloud services of this account are not closed: there is nothing to restore.")},
    {R::CLS_2, "tooEarly",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Services can be restored from %1, 24 hours after they were closed."),
     "restoreFrom"},
    {R::CLS_2, "retentionOver",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The retention period is over: the services can no longer be restored.")},
    {R::CLS_1, "changed",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "Something changed since the check (%1): run the check again before closing."),
     "conditions"},
    {R::CLS_3, "required",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "Accept the Terms and Conditions on Disabling of Huawei Cloud Services to go on."),
     "", "termsAccepted"},
    {R::CLS_3, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Choose why you close Huawei Cloud services."), "", "reason"},
    {R::CLS_3, "servicesNotEnabled",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "Huawei Cloud services of this account are not enabled: there is nothing to close.")},
    {R::CLS_3, "servicesClosed",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud services of this account are already closed.")},
    {R::CLS_3, "servicesDisabled",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Huawei Cloud services of this account are disabled for good.")},
    {R::CLS_3, "unbound",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "The HUAWEI ID has no such contact to send the code to: choose the other one.")},
    {R::CLS_3, "*",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "Only the HUAWEI ID holder can close Huawei Cloud services, while they are enabled.")},
    {R::CLS_4, "notLast",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This is not the last check of the account: run the check again.")},
    {R::CLS_4, "failed",
     QT_TRANSLATE_NOOP("ErrorText", "This check failed, which ended the application: fix the "
                                    "failed items and submit a new one.")},
    {R::CLS_4, "used",
     QT_TRANSLATE_NOOP("ErrorText", "This check has already closed the services.")},
    {R::CLS_4, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The services can be closed only with the last check, when it passed.")},
    {R::CLS_5, "required",
     QT_TRANSLATE_NOOP(
         "ErrorText", "Tick that you understand all data will be deleted to disable the services."),
     "", "acknowledged"},
    {R::CLS_5, "notClosed",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Close Huawei Cloud services first: only closed services can be disabled.")},
    {R::CLS_5, "tooEarly",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Services can be disabled from %1, 24 hours after they were closed."),
     "disableFrom"},
    {R::CLS_5, "retentionOver",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The retention period is over: the services are disabled automatically.")},
    {R::CLS_5, "owed",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Services cannot be disabled while anything is owed (%1): settle it first."),
     "conditions"},
    {R::CLS_5, "unbound",
     QT_TRANSLATE_NOOP(
         "ErrorText",
         "The HUAWEI ID has no such contact to send the code to: choose the other one.")},
    {R::CLS_5, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Disabling Huawei Cloud services is not possible now.")},
    {R::CLS_6, "notClosed",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only a closing during its retention period can be terminated.")},
    {R::CLS_6, "*", QT_TRANSLATE_NOOP("ErrorText", "This closing cannot be terminated.")},
    {R::CLS_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This is not possible for an account whose services are "
                                    "closed.")},
    {R::ACC_18, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Accept the service terms to bind the card.")},
    {R::ACC_18, "checkDigit",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This card number is not valid: check the digits (the last one does not "
                       "match).")},
    {R::ACC_18, "format",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the 12 to 19 digits of the card number."), "",
     "cardNumber"},
    {R::ACC_18, "format",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the expiration date as MM/YY, e.g. 08/29."), "",
     "expiry"},
    {R::ACC_18, "expired", QT_TRANSLATE_NOOP("ErrorText", "This card has expired.")},
    {R::ACC_18, "format",
     QT_TRANSLATE_NOOP("ErrorText", "The security code is the 3 or 4 digits on the card."), "",
     "securityCode"},
    {R::ACC_18, "bankDeclined",
     QT_TRANSLATE_NOOP("ErrorText", "The bank declined the card. Check the card details and "
                                    "bind again, use another card, or submit a service ticket.")},
    {R::ACC_18, "bankInsufficientFunds",
     QT_TRANSLATE_NOOP("ErrorText", "The bank could not hold the 1 USD verification deposit "
                                    "(insufficient funds). Bind again later or use another card.")},
    {R::ACC_18, "bankAuthenticationFailed",
     QT_TRANSLATE_NOOP("ErrorText", "Identity verification on the bank's page failed. Bind "
                                    "again, or submit a service ticket.")},
    {R::ACC_18, "*", QT_TRANSLATE_NOOP("ErrorText", "The card cannot be bound.")},

    // ---- real-name authentication (my-account.md §4) -----------------------------------
    {R::AUTH_1, "format",
     QT_TRANSLATE_NOOP("ErrorText", "A certificate number is 5 to 30 letters, digits or hyphens.")},
    {R::AUTH_2, "format",
     QT_TRANSLATE_NOOP("ErrorText",
                       "A registration number is 5 to 30 letters, digits or hyphens.")},
    {R::AUTH_2, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the enterprise name exactly as on the certificate."), "",
     "enterpriseName"},
    {R::AUTH_2, "tooLong", QT_TRANSLATE_N_NOOP("ErrorText", "Too long: at most %n characters."),
     "#max", "enterpriseName"},
    {R::AUTH_1, "required", QT_TRANSLATE_NOOP("ErrorText", "Upload this material.")},
    {R::AUTH_2, "required", QT_TRANSLATE_NOOP("ErrorText", "Upload this material.")},
    {R::AUTH_1, "empty", QT_TRANSLATE_NOOP("ErrorText", "The file is empty.")},
    {R::AUTH_2, "empty", QT_TRANSLATE_NOOP("ErrorText", "The file is empty.")},
    {R::AUTH_1, "tooLarge", QT_TRANSLATE_NOOP("ErrorText", "The file is larger than %1 MB."),
     "maxMb"},
    {R::AUTH_2, "tooLarge", QT_TRANSLATE_NOOP("ErrorText", "The file is larger than %1 MB."),
     "maxMb"},
    {R::AUTH_1, "word",
     QT_TRANSLATE_NOOP("ErrorText",
                       "A Word file cannot be uploaded: convert it to PDF before uploading.")},
    {R::AUTH_2, "word",
     QT_TRANSLATE_NOOP("ErrorText", "A Word file cannot be uploaded: scan or photograph the "
                                    "document instead.")},
    {R::AUTH_1, "type",
     QT_TRANSLATE_NOOP("ErrorText", "This file type is not accepted here. Upload one of: %1."),
     "allowed"},
    {R::AUTH_2, "type",
     QT_TRANSLATE_NOOP("ErrorText", "This file type is not accepted here. Upload one of: %1."),
     "allowed"},
    {R::AUTH_1, "extension",
     QT_TRANSLATE_NOOP("ErrorText", "The file's name does not match its content (it is a %1 "
                                    "file). Rename or convert it."),
     "type"},
    {R::AUTH_2, "extension",
     QT_TRANSLATE_NOOP("ErrorText", "The file's name does not match its content (it is a %1 "
                                    "file). Rename or convert it."),
     "type"},
    {R::AUTH_1, "unreadable", QT_TRANSLATE_NOOP("ErrorText", "%1 cannot be read: %2"),
     "file reason"},
    {R::AUTH_2, "unreadable", QT_TRANSLATE_NOOP("ErrorText", "%1 cannot be read: %2"),
     "file reason"},
    {R::AUTH_1, "*", QT_TRANSLATE_NOOP("ErrorText", "This material cannot be accepted.")},
    {R::AUTH_2, "*", QT_TRANSLATE_NOOP("ErrorText", "This material cannot be accepted.")},
    {R::AUTH_3, "*",
     QT_TRANSLATE_N_NOOP("ErrorText", "This certificate number already authenticates %n "
                                      "account(s), the most it may."),
     "#max"},
    {R::AUTH_4, "pending",
     QT_TRANSLATE_NOOP("ErrorText", "A real-name authentication of this account is under review. "
                                    "Wait for its result (within three working days).")},
    {R::AUTH_4, "authenticated",
     QT_TRANSLATE_NOOP("ErrorText", "This account is already real-name authenticated. Changes go "
                                    "through re-authentication.")},
    {R::AUTH_4, "notPending",
     QT_TRANSLATE_NOOP("ErrorText", "This request has already been reviewed.")},
    {R::AUTH_4, "required", QT_TRANSLATE_NOOP("ErrorText", "Choose the reason for the rejection.")},
    {R::AUTH_4, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This real-name authentication step is not possible now.")},
    {R::AUTH_5, "notAuthenticated",
     QT_TRANSLATE_NOOP("ErrorText", "Re-authentication is for a real-name authenticated account.")},
    {R::AUTH_5, "wrongType",
     QT_TRANSLATE_NOOP("ErrorText", "This change is not for an account of this type.")},
    {R::AUTH_5, "koogallerySeller",
     QT_TRANSLATE_NOOP("ErrorText", "A KooGallery seller cannot change its enterprise entity "
                                    "here: contact the KooGallery operations manager.")},
    {R::AUTH_5, "masterInvitationPending",
     QT_TRANSLATE_NOOP("ErrorText",
                       "A master account invitation between this account and %1 is pending: "
                       "neither can re-authenticate until it is accepted or cancelled."),
     "accountId"},
    {R::AUTH_5, "memberOfMaster",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This member has its master account's enterprise information: only the "
                       "master account (%1) can re-authenticate; its change is copied here."),
     "masterAccountId"},
    {R::AUTH_5, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Re-authentication is not possible for this account now.")},
    {R::AUTH_6, "*",
     QT_TRANSLATE_NOOP("ErrorText", "An account that joined a partner program (HCPN) cannot be "
                                    "authenticated as an individual.")},
    {R::AUTH_7, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The certificate must be issued by the account's registration "
                                    "country/region.")},
    {R::AUTH_8, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Choose a reason from the reviewer's checklist.")},
    {R::AUTH_9, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The master account's authentication cannot be copied to this member.")},

    {R::AUTH_11, "arrears",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account owes %1 CNY: pay the arrears before re-authenticating."),
     "amount"},
    {R::AUTH_11, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Confirm that the application form carries the signatures "
                                    "or stamps of both parties."),
     "", "declaration"},
    {R::AUTH_12, "word",
     QT_TRANSLATE_NOOP("ErrorText", "The application form template is a Word file: convert or "
                                    "scan it to PDF before uploading.")},
    {R::AUTH_13, "fixed",
     QT_TRANSLATE_NOOP("ErrorText", "The registration number does not change with the name. To "
                                    "change it, use Change Enterprise Entity.")},
    {R::AUTH_13, "unchanged",
     QT_TRANSLATE_NOOP("ErrorText", "This is the current enterprise name: enter the new one.")},
    {R::AUTH_13, "required",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Confirm that the statement is stamped with the seal showing the new "
                       "name (Chinese mainland) or signed (elsewhere)."),
     "", "declaration"},
    {R::AUTH_14, "*",
     QT_TRANSLATE_NOOP("ErrorText", "An individual account becomes an enterprise account only "
                                    "by a service ticket with all eight items.")},
    {R::AUTH_11, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The current owner's materials cannot be accepted.")},
    {R::AUTH_12, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Upload the application form as a PDF or an image.")},
    {R::AUTH_13, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This enterprise name change cannot be accepted.")},

    // ---- marketplace -------------------------------------------------------------------
    {R::MKT_1, "servicesNotEnabled",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Huawei Cloud services of this account are not enabled: it cannot buy "
                       "yet. Sign in to Huawei Cloud and enable them first.")},
    {R::MKT_1, "servicesClosed",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Huawei Cloud services of this account are closed: it cannot buy until "
                       "they are restored.")},
    {R::MKT_1, "servicesDisabled",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Huawei Cloud services of this account are disabled: it can never buy "
                       "again.")},
    {R::MKT_1, "frozen",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account is frozen by its reseller %1 until the reseller sets a "
                       "monthly budget: it cannot buy."),
     "partnerName"},
    {R::MKT_1, "suspendedWithMaster",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account is suspended with its master account %1, whose Huawei Cloud "
                       "services are closed or disabled: it cannot buy."),
     "masterName"},
    {R::MKT_1, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only a real-name authenticated account can buy %1 SaaS Edition. Complete "
                       "real-name authentication first (My Account > Real-Name Authentication)."),
     "@brand"},
    {R::MKT_2, "instancePending",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Order %1 is paid. Its service is not open yet: the marketplace is still "
                       "delivering the call that opens it, and it appears in Purchased services "
                       "by itself. Do not buy again."),
     "orderId"},
    {R::MKT_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Stored-value cards are bought in whole units of 100 CNY: "
                                    "enter 1 to %1 cards."),
     "max|=999"},
    {R::MKT_4, "*", QT_TRANSLATE_NOOP("ErrorText", "This resource is already closed.")},

    // ---- organizations and binding -----------------------------------------------------
    {R::ORG_1, "tooLong", QT_TRANSLATE_N_NOOP("ErrorText", "At most %n characters."), "#max"},
    {R::ORG_1, "immutable",
     QT_TRANSLATE_NOOP("ErrorText", "The enterprise name cannot be changed after creation.")},
    {R::ORG_1, "*", QT_TRANSLATE_NOOP("ErrorText", "Enter the enterprise name.")},
    {R::ORG_2, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "This abbreviation is already used by another organization.")},
    {R::ORG_2, "immutable",
     QT_TRANSLATE_NOOP("ErrorText", "The abbreviation cannot be changed after creation.")},
    {R::ORG_2, "length", QT_TRANSLATE_NOOP("ErrorText", "2 to 32 characters.")},
    {R::ORG_2, "lowercase",
     QT_TRANSLATE_NOOP("ErrorText", "Use lowercase letters only (a-z), digits and -.")},
    {R::ORG_2, "startLetter", QT_TRANSLATE_NOOP("ErrorText", "Start with a lowercase letter.")},
    {R::ORG_2, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Use lowercase letters, digits and -, starting with a letter.")},
    {R::ORG_3, "notReady",
     QT_TRANSLATE_NOOP("ErrorText", "The organization is still being set up (1-3 minutes). "
                                    "Members and bindings wait until it is ready.")},
    {R::ORG_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The organization is still being set up (1-3 minutes). Wait "
                                    "until it is ready.")},
    {R::ORG_4, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Only the organization's administrator can do this.")},
    {R::ORG_5, "immutable",
     QT_TRANSLATE_NOOP("ErrorText", "A member's account cannot be changed.")},
    {R::ORG_5, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "This organization already has a member with this account.")},
    {R::ORG_5, "length", QT_TRANSLATE_N_NOOP("ErrorText", "At most %n characters."), "#max"},
    {R::ORG_5, "*", QT_TRANSLATE_NOOP("ErrorText", "Use letters, digits, '.', '_' and '-' only.")},
    {R::BND_1, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This order is already bound to an organization (%1)."),
     "organization"},
    {R::BND_2, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This organization already has an order of the same product bound.")},
    {R::BND_3, "notActive",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only an active purchased service can be bound (this one is %1)."),
     "status"},
    {R::BND_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The order belongs to another Huawei Cloud account than the "
                                    "organization's owner.")},
    {R::BND_4, "alreadyAuthorized", QT_TRANSLATE_NOOP("ErrorText", "%1 is already authorized."),
     "loginName"},
    {R::BND_4, "disabled",
     QT_TRANSLATE_NOOP("ErrorText", "%1 is disabled and cannot be authorized."), "loginName"},
    {R::BND_4, "terms", QT_TRANSLATE_NOOP("ErrorText", "Accept the terms to authorize.")},
    {R::BND_4, "noMembers", QT_TRANSLATE_NOOP("ErrorText", "Select at least one member.")},
    {R::BND_4, "*", QT_TRANSLATE_NOOP("ErrorText", "This member is already authorized.")},

    // ---- billing center ----------------------------------------------------------------
    {R::FC_1, "taken", QT_TRANSLATE_NOOP("ErrorText", "This username is already taken.")},
    {R::FC_1, "length", QT_TRANSLATE_NOOP("ErrorText", "%1 to %2 characters."), "min max"},
    {R::FC_1, "immutable",
     QT_TRANSLATE_NOOP("ErrorText", "A fee-center username cannot be changed.")},
    {R::FC_1, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Start with a letter; use letters, digits, '.', '_' and '-'.")},
    {R::FC_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This Huawei Cloud account is already linked to a "
                                    "fee-center account (%1)."),
     "username"},
    {R::FC_3, "otherFeeCenter",
     QT_TRANSLATE_NOOP("ErrorText", "This workspace belongs to another fee-center account.")},
    {R::FC_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the code sent to the fee-center account's email.")},
    {R::WS_1, "taken",
     QT_TRANSLATE_NOOP("ErrorText", "A workspace with this name already exists here.")},
    {R::WS_1, "length", QT_TRANSLATE_N_NOOP("ErrorText", "At most %n characters."), "#max"},
    {R::WS_1, "*", QT_TRANSLATE_NOOP("ErrorText", "Enter a workspace name.")},
    {R::WS_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The workspace language cannot be changed after creation.")},
    {R::WS_3, "immutable",
     QT_TRANSLATE_NOOP("ErrorText", "The site cannot be changed after creation.")},
    {R::WS_3, "*", QT_TRANSLATE_NOOP("ErrorText", "Choose a site.")},
    {R::SET_1, "format",
     QT_TRANSLATE_NOOP("ErrorText", "An Alibaba Cloud account ID is 8 to 20 digits.")},
    {R::SET_1, "notConfirmed",
     QT_TRANSLATE_NOOP("ErrorText", "Confirm the subscription on the AWS Marketplace.")},
    {R::SET_1, "noFeeCenterAccount",
     QT_TRANSLATE_NOOP("ErrorText", "This workspace has no fee-center account to settle through.")},
    {R::SET_1, "unchanged",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The workspace already settles through the fee-center account.")},
    {R::SET_1, "notHere",
     QT_TRANSLATE_NOOP("ErrorText", "This settlement method cannot be chosen here.")},
    {R::SET_2, "unchanged",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The workspace already settles through this account and instance.")},
    {R::SET_2, "instanceOfOtherAccount",
     QT_TRANSLATE_NOOP("ErrorText", "This instance belongs to another Huawei Cloud account.")},
    {R::SET_2, "notActive",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The instance is not active (%1): purchase or renew %2 SaaS Edition first."),
     "status @brand"},
    {R::SET_2, "notSaas",
     QT_TRANSLATE_NOOP("ErrorText", "This instance is not a %1 SaaS Edition subscription."),
     "@brand"},
    {R::SET_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Huawei Cloud settlement needs the account ID and an active "
                                    "instance ID of that account.")},
    {R::SET_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The settlement method was already changed this month; next "
                                    "change possible from %1."),
     "nextChange"},
    {R::SET_4, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This workspace is bound to another cloud account. Release "
                                    "that binding first.")},
    {R::SET_5, "locked",
     QT_TRANSLATE_NOOP("ErrorText", "The workspace is locked: unlock it first.")},
    {R::SET_5, "*",
     QT_TRANSLATE_NOOP(
         "ErrorText", "The workspace is locked because its Huawei Cloud subscription was closed.")},
    {R::SET_6, "instanceFrozen",
     QT_TRANSLATE_NOOP("ErrorText", "The workspace's Huawei Cloud subscription is frozen on "
                                    "KooGallery; it can be unlocked once it is unfrozen.")},
    {R::SET_6, "*", QT_TRANSLATE_NOOP("ErrorText", "Only a locked workspace can be unlocked.")},
    {R::SVC_1, "wrongProduct",
     QT_TRANSLATE_NOOP("ErrorText", "This order is not a stored-value card order.")},
    {R::SVC_1, "otherAccount",
     QT_TRANSLATE_NOOP("ErrorText", "This order belongs to another Huawei Cloud account.")},
    {R::SVC_1, "notPaid", QT_TRANSLATE_NOOP("ErrorText", "This order is not paid.")},
    {R::SVC_1, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Enter the Huawei Cloud account ID and the order number of a "
                                    "stored-value card purchase.")},
    {.rule = R::SVC_2,
     .reason = "*",
     .source = QT_TRANSLATE_NOOP("ErrorText",
                                 "This order was already redeemed into fee-center account %1; it "
                                 "cannot be recharged twice."),
     .args = "username",
     .when = "username"},
    {R::SVC_2, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This order was already redeemed; it cannot be recharged twice.")},
    {R::SVC_4, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Stored-value cards cannot be transferred to another fee-center account.")},
    {R::REG_3, "feeCenterRequired",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Fee-center and Huawei Cloud settlement need the fee-center account.")},
    {R::REG_2, "noActiveInstance",
     QT_TRANSLATE_NOOP("ErrorText", "This Huawei Cloud account has no active %1 SaaS Edition "
                                    "instance. Subscribe on KooGallery first."),
     "@brand"},
    {R::REG_2, "terms", QT_TRANSLATE_NOOP("ErrorText", "Accept the terms to continue.")},
    {R::REG_1, "terms", QT_TRANSLATE_NOOP("ErrorText", "Accept the terms to continue.")},
    {R::REG_2, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Activation through Huawei Cloud Store needs an account ID "
                                    "with an active instance.")},
    {R::REG_1, "*", QT_TRANSLATE_NOOP("ErrorText", "Complete the previous steps first.")},

    // ---- verification codes ------------------------------------------------------------
    {R::VC_1, "format", QT_TRANSLATE_NOOP("ErrorText", "The code is 6 digits.")},
    {R::VC_1, "wrong", QT_TRANSLATE_N_NOOP("ErrorText", "Wrong code: %n attempt(s) left."),
     "#attemptsLeft"},
    {R::VC_1, "expired",
     QT_TRANSLATE_NOOP("ErrorText", "The code has expired (codes are valid for 10 minutes). "
                                    "Send a new one.")},
    {R::VC_1, "exhausted",
     QT_TRANSLATE_NOOP("ErrorText", "Too many wrong attempts. Send a new code.")},
    {R::VC_1, "used",
     QT_TRANSLATE_NOOP("ErrorText", "This code was already used. Send a new one.")},
    {R::VC_1, "notSent", QT_TRANSLATE_NOOP("ErrorText", "Send a code first.")},
    {R::VC_1, "tooSoon",
     QT_TRANSLATE_N_NOOP("ErrorText", "Wait %n second(s) before requesting a new code."),
     "#seconds"},

    // ---- login -------------------------------------------------------------------------
    {R::ORG_6, "format",
     QT_TRANSLATE_NOOP("ErrorText", "Log in as account@abbreviation, e.g. wendy@gcy.")},
    {R::ORG_6, "unknownOrganization",
     QT_TRANSLATE_NOOP("ErrorText", "No organization has this abbreviation.")},
    {.rule = R::ORG_6,
     .reason = "wrongPassword",
     .source = QT_TRANSLATE_NOOP("ErrorText", "The current password is wrong."),
     .field = "currentPassword"},
    {R::ORG_6, "wrongPassword", QT_TRANSLATE_NOOP("ErrorText", "Wrong account or password.")},
    {R::ORG_6, "notAuthorized",
     QT_TRANSLATE_NOOP("ErrorText", "This member is not authorized to use the application. Ask "
                                    "the administrator to authorize you.")},
    {R::ORG_6, "disabled",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This member is disabled. Ask the organization's administrator.")},
    {R::ORG_6, "throttled",
     QT_TRANSLATE_N_NOOP("ErrorText", "Too many failed attempts. Try again in %n minute(s)."),
     "#minutes"},
    {R::ORG_6, "samePassword",
     QT_TRANSLATE_NOOP("ErrorText", "The new password must differ from the initial password.")},
    {R::ORG_6, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Change the initial password before continuing.")},
    // Partners (my-account.md §6; R-PTN-1..7). R-PTN-2/3/4 refuse with the first failed
    // condition as the reason (all of them in args "failed", which the pages list).
    {R::PTN_1, "range",
     QT_TRANSLATE_NOOP("ErrorText", "The monthly budget must be more than 0 and at most %1 CNY."),
     "max"},
    {R::PTN_1, "noPartner",
     QT_TRANSLATE_NOOP("ErrorText", "This account is not associated with a partner.")},
    {R::PTN_1, "notReseller",
     QT_TRANSLATE_NOOP("ErrorText", "Only a reseller partner sets a monthly budget for its "
                                    "customer; this association is a referral one.")},
    {R::PTN_1, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The monthly budget cannot be set for this account.")},
    {R::PTN_2, "noPartner",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This account is not associated with a partner: there is nothing to "
                       "disassociate from.")},
    {R::PTN_2, "masterOrMember",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account is associated with an enterprise master or member account: "
                       "dissociate first, then check again.")},
    {R::PTN_2, "independentMembers",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account is a master account with independent accounting members: "
                       "remove them all first, then check again.")},
    {R::PTN_2, "arrears",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account is in arrears: ask the partner to raise the credit to write "
                       "them off, then check again.")},
    {R::PTN_2, "reservedInstances",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has unexpired reserved instances: unsubscribe from them "
                       "first, then check again.")},
    {R::PTN_2, "partnerSupportPlan",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has a product in the partner support plan: unsubscribe "
                       "first, then check again.")},
    {R::PTN_2, "noCurrency",
     QT_TRANSLATE_NOOP("ErrorText",
                       "No currency is set for the account: set it in the account center, then "
                       "check again.")},
    {R::PTN_2, "specialContract",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has an effective special commerce contract: settle it with "
                       "the partner offline, then check again.")},
    {R::PTN_2, "ordersAwaitingPartner",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Orders are waiting for the partner to pay: cancel them, or have the "
                       "partner pay them, then check again.")},
    {R::PTN_2, "requestedWithin3Months",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only one disassociation request is allowed every 3 months: the next "
                       "one is possible from %1."),
     "allowedFrom"},
    {R::PTN_2, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account cannot ask to disassociate from its partner yet: fix the "
                       "items of the check and check again.")},
    {R::PTN_3, "chineseMainlandSite",
     QT_TRANSLATE_NOOP("ErrorText", "An account registered on the Chinese mainland website "
                                    "cannot be associated with a partner.")},
    {R::PTN_3, "partnerAssociated",
     QT_TRANSLATE_NOOP("ErrorText", "The account is already associated with a partner.")},
    {R::PTN_3, "specialContract",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An account that signed a special contract cannot be associated with a "
                       "partner.")},
    {R::PTN_3, "registeredOver7Days",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account was registered more than 7 days ago: it can no longer be "
                       "associated with a partner.")},
    {R::PTN_3, "cashSpending",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has cash expenditure records: it cannot be associated with "
                       "a partner.")},
    {R::PTN_3, "unpaidBills",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has unpaid bills: pay them before associating with a "
                       "partner.")},
    {R::PTN_3, "unifiedMaster",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account takes part in unified accounting with an enterprise master "
                       "account: it cannot be associated with a partner.")},
    {R::PTN_3, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The account cannot be associated with a partner.")},
    {R::PTN_4, "professionalContract",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An account that signed a professional service contract cannot be "
                       "associated with a reseller partner.")},
    {R::PTN_4, "reservedInstances",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An account with valid reserved instances cannot be associated with a "
                       "reseller partner.")},
    {R::PTN_4, "memberAccount",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An enterprise member account cannot be associated with a reseller "
                       "partner.")},
    {R::PTN_4, "independentMembers",
     QT_TRANSLATE_NOOP("ErrorText",
                       "A master account with independent accounting members cannot be "
                       "associated with a reseller partner.")},
    {R::PTN_4, "*",
     QT_TRANSLATE_NOOP("ErrorText", "The account cannot be associated with a reseller partner.")},
    {R::PTN_5, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Read and agree with the Instructions for Associating with a "
                                    "Huawei Cloud Partner to go on."),
     "", "instructionsAccepted"},
    {R::PTN_5, "required",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Agree to the Huawei Cloud Customer Agreement, Privacy Statement and "
                       "Instructions for Associating with Huawei Cloud Partner to enable."),
     "", "documentsAccepted"},
    {R::PTN_5, "offlineInvitation",
     QT_TRANSLATE_NOOP("ErrorText",
                       "An existing account can associate only through an online invitation "
                       "link: ask the partner for one, or register a new account.")},
    {R::PTN_5, "*",
     QT_TRANSLATE_NOOP("ErrorText", "Association needs the partner's invitation link.")},
    {R::PTN_7, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Tick that you understand the statement and confirm to "
                                    "disassociate from the partner account."),
     "", "statementAccepted"},
    {R::PTN_7, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Give the reason for the disassociation."), "", "reason"},
    {R::PTN_7, "pending",
     QT_TRANSLATE_NOOP("ErrorText", "A disassociation request is already waiting to be "
                                    "processed.")},
    {R::PTN_7, "noMobile",
     QT_TRANSLATE_NOOP("ErrorText",
                       "The account has no service mobile number or security phone to send the "
                       "SMS verification code to: bind one first.")},
    {R::PTN_7, "noPartner",
     QT_TRANSLATE_NOOP("ErrorText", "This account is not associated with a partner.")},
    {R::PTN_7, "nothingPending",
     QT_TRANSLATE_NOOP("ErrorText", "No disassociation request is waiting to be processed.")},
    {R::PTN_7, "notTheOtherSide",
     QT_TRANSLATE_NOOP("ErrorText", "A disassociation request is processed by the other side, "
                                    "not by the one who asked.")},
    {R::PTN_7, "*",
     QT_TRANSLATE_NOOP("ErrorText", "This disassociation request cannot be processed.")},
    // Enterprise master accounts (my-account.md §7; R-MST-1..3).
    {R::MST_1, "nothingPending",
     QT_TRANSLATE_NOOP("ErrorText", "No invitation or cancellation request is waiting for an "
                                    "answer.")},
    {R::MST_1, "notAssociated",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only an association can be cancelled: this member has not accepted an "
                       "invitation, or a cancellation is already requested.")},
    {R::MST_1, "*", QT_TRANSLATE_NOOP("ErrorText", "The member account answers this request.")},
    {R::MST_2, "notEnterprise",
     QT_TRANSLATE_NOOP("ErrorText", "Only an enterprise account can be a master account.")},
    {R::MST_2, "notAuthenticated",
     QT_TRANSLATE_NOOP("ErrorText", "A master account must be real-name authenticated first.")},
    {R::MST_2, "noEnterpriseCenter",
     QT_TRANSLATE_NOOP("ErrorText", "A master account must enable Enterprise Center first.")},
    {R::MST_2, "cloudSolutionProvider",
     QT_TRANSLATE_NOOP("ErrorText", "An account in the Cloud Solution Provider Program cannot "
                                    "be a master account.")},
    {R::MST_2, "sameAccount",
     QT_TRANSLATE_NOOP("ErrorText", "A master account cannot invite itself.")},
    {R::MST_2, "masterWithMembers",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This account is a master account with members of its own: it cannot "
                       "become a member account.")},
    {R::MST_2, "alreadyLinked",
     QT_TRANSLATE_NOOP("ErrorText",
                       "This account is already invited by or associated with a master "
                       "account.")},
    {R::MST_2, "notMaster",
     QT_TRANSLATE_NOOP("ErrorText", "Only the member's own master account can ask to cancel the "
                                    "association.")},
    {R::MST_2, "required",
     QT_TRANSLATE_NOOP("ErrorText", "Read and agree to the Huawei Cloud Account Management "
                                    "Agreement to accept."),
     "", "agreementAccepted"},
    {R::MST_2, "*",
     QT_TRANSLATE_NOOP("ErrorText",
                       "Only an enterprise master account (authenticated, Enterprise Center "
                       "enabled) starts an association or a cancellation.")},
};

bool matches(const ErrorText::Entry &entry, const Error &e)
{
    if (e.rule != QLatin1StringView(entry.rule))
        return false;
    if (qstrcmp(entry.reason, "*") != 0 && e.reason != QLatin1StringView(entry.reason))
        return false;
    if (entry.field && e.field != QLatin1StringView(entry.field))
        return false;
    return !entry.when || !e.args.value(QString::fromLatin1(entry.when)).toString().isEmpty();
}

// The value of one of Entry::args (see ErrorText.h).
QString argument(const QString &spec, const Error &e, const QString &brand)
{
    for (const QString &name : spec.split(QLatin1Char('|'))) {
        QString value;
        if (name.startsWith(QLatin1Char('=')))
            value = name.mid(1);
        else if (name == u"@brand")
            value = brand;
        else if (name == u"@field")
            value = e.field;
        else if (name == u"@reason")
            value = e.reason;
        else
            value = e.args.value(name).toString();
        if (!value.isEmpty())
            return value;
    }
    return {};
}

} // namespace

std::span<const ErrorText::Entry> ErrorText::entries()
{
    return Entries;
}

const ErrorText::Entry *ErrorText::find(const Error &error)
{
    // A re-authentication's material (R-AUTH-11..14) is checked as W-AUTH's are
    // (core/Materials): its file reasons read as R-AUTH-1's, unless it has its own text.
    static const QStringList materialRules = {
        QString::fromLatin1(R::AUTH_11), QString::fromLatin1(R::AUTH_12),
        QString::fromLatin1(R::AUTH_13), QString::fromLatin1(R::AUTH_14)};
    static const QStringList materialReasons = {u"required"_s,  u"empty"_s, u"tooLarge"_s,
                                                u"word"_s,      u"type"_s,  u"extension"_s,
                                                u"unreadable"_s};
    if (materialRules.contains(error.rule) && materialReasons.contains(error.reason)) {
        for (const Entry &entry : Entries)
            if (matches(entry, error) && qstrcmp(entry.reason, "*") != 0)
                return &entry;
        Error asMaterial = error;
        asMaterial.rule = QString::fromLatin1(R::AUTH_1);
        for (const Entry &entry : Entries)
            if (matches(entry, asMaterial))
                return &entry;
    }
    for (const Entry &entry : Entries)
        if (matches(entry, error))
            return &entry;
    return nullptr;
}

QString ErrorText::messageWithRule(const Error &error, const QString &brand)
{
    const QString text = message(error, brand);
    if (error.rule.startsWith(QLatin1String("R-")))
        return tr("%1 (%2)").arg(text, error.rule);
    return text;
}

QString ErrorText::message(const Error &e, const QString &brand)
{
    const Entry *entry = find(e);
    if (!entry)
        return tr("The operation was refused (%1).")
            .arg(e.rule + (e.reason.isEmpty() ? QString() : QLatin1Char('/') + e.reason));
    int n = -1;
    QStringList values;
    for (const QString &spec :
         QString::fromLatin1(entry->args).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (spec.startsWith(QLatin1Char('#')))
            n = e.args.value(spec.mid(1)).toInt();
        else
            values << argument(spec, e, brand);
    }
    const QString text = QCoreApplication::translate("ErrorText", entry->source, nullptr, n);
    switch (values.size()) {
    case 1:
        return text.arg(values.at(0));
    case 2:
        return text.arg(values.at(0), values.at(1));
    case 3:
        return text.arg(values.at(0), values.at(1), values.at(2));
    default:
        return text;
    }
}

} // namespace oc::gui
