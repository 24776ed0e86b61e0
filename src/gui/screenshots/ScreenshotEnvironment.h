#pragma once

#include <QTemporaryDir>

#include <memory>

namespace oc::gui {

// The fixed rendering of --screenshots, set up before the QApplication exists: the
// offscreen platform with one pinned screen (no display needed), a fontconfig file that
// lists only known fonts (DejaVu, and Noto Sans CJK for Chinese), no scaling from the
// environment. Its generated files live until it is destroyed (the end of main()).
class ScreenshotEnvironment
{
public:
    // Null unless the arguments ask for --screenshots.
    static std::unique_ptr<ScreenshotEnvironment> prepare(int argc, const char *const *argv);
    // Once the QApplication exists: no cursor blinking, no animations, the pinned fonts,
    // Fusion with its own palette, and settings in the private folder (the user's settings
    // are never read or written).
    void applyToApplication();

    // The font families every picture is drawn with, in fallback order.
    static QStringList fontFamilies();

private:
    ScreenshotEnvironment() = default;
    QTemporaryDir m_dir;
};

} // namespace oc::gui
