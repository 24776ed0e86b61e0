#pragma once

class QCoreApplication;

namespace oc::server {

// `billing-api`: parses the command line and runs the command (serve until SIGTERM or
// SIGINT, operator add/list/revoke, migrate). Returns the exit code. Works without a
// display: it is a QCoreApplication program.
int runBillingApi(QCoreApplication &app);

// The hidden first argument that makes `billing-api` a hash helper of a serving one
// (PasswordHasher::useHelperProcesses): it answers on its standard input and output.
inline constexpr char HashHelperCommand[] = "internal-hash-helper";

} // namespace oc::server
