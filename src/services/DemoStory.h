#pragma once

#include "core/Error.h"
#include "store/Database.h"

#include <QString>

namespace oc::demo {

// Version of the demo story. Bump it whenever the story changes: demo copies made from an
// older story are replaced on the next start.
inline constexpr int StoryVersion = 8;
// The fixed seed of the demo's ids (demo.md: deterministic ids).
inline constexpr quint64 Seed = 20260302;

namespace MetaKey {
inline constexpr auto Story = "demo.story";  // present only in demo databases
inline constexpr auto Clock = "clock.now";   // the demo clock, UTC ms
inline constexpr auto IdState = "ids.state"; // the seeded id generator's state
} // namespace MetaKey

// Builds the whole demo data set (../shared/spec/demo.md) into a new database `target`
// (a SQLite file, or a database on a PostgreSQL server), from the fixed seed at the fixed
// demo start time, so that every build of the same story yields the same ids. It is built
// aside (`path.building`, `name_building`) and renamed into place, so a crash never leaves
// a half-built template.
Status buildDemoDatabase(const store::DatabaseConfig &target);
// The same into the SQLite file at `path`.
Status buildDemoDatabase(const QString &path);

} // namespace oc::demo
