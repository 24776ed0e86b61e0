#pragma once

#include "gui/BackendFactory.h"

namespace oc::app {

// The console's backend: the remote one (a client of the billing API server) when the
// spec names a server, otherwise LocalBackend over the embedded store. In demo mode the
// database is a private copy of the demo story in the spec's data folder, next to the
// template it is restored from.
std::unique_ptr<Backend> makeBackend(const gui::BackendSpec &spec);

} // namespace oc::app
