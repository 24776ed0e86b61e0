#pragma once

#include "gui/BackendFactory.h"

#include <QStringList>

namespace oc::gui {

class LanguageManager;
struct StartupOptions;

// --tour NAME: the console on a private copy of the demo (a temporary folder removed at the
// end) with the scenario's entry NAME played as a guided tour (GuidedTour.h). Returns the
// process exit code once the trainee closes the tour or the window.
int runTour(const StartupOptions &options, LanguageManager *language,
            const BackendFactory &factory);

// The arguments that start a tour of `entry` in its own console process (Help > Guided tour),
// in `language`, with `brand` (empty: the default).
QStringList tourArguments(const QString &entry, const QString &language, const QString &brand);

} // namespace oc::gui
