#pragma once

#include "contract/Backend.h"
#include "core/PasswordHasher.h"

#include <QString>

#include <functional>
#include <memory>

namespace oc::gui {

// What the console asks for when it needs a backend. The GUI only knows the Backend
// contract; which implementation answers (the local one over the embedded store, or the
// remote one, a client of the billing API server) is decided by the factory app/ hands to
// runConsole() and the screenshot runner.
struct BackendSpec
{
    // Set: the billing API server at this URL (http://host:port), with the operator's
    // token; the other members but `actor` do not apply. The token is a secret: it is never
    // printed or logged.
    QString serverUrl;
    QString token;
    bool demo = false;
    QString databasePath; // not demo: the database to open (or create)
    QString dataDir;      // demo: the folder of the private demo copy and its template;
                          // server: where unsaved drafts wait (default: the data folder)
    QString actor;        // recorded in the journal for every change
    HashCost hashCost = HashCost::Interactive;
    bool freezeClock = false; // the demo clock moves only when advanced (screenshots)
};

// Builds a backend for `spec`, not yet opened (Backend::open() does that off the GUI
// thread).
using BackendFactory = std::function<std::unique_ptr<Backend>(const BackendSpec &spec)>;

} // namespace oc::gui
