#include "ScreenshotEnvironment.h"

#include "gui/CommandLine.h"

#include <QApplication>
#include <QFile>
#include <QFont>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace oc::gui {

namespace {

// Only these folders: Debian's fonts-dejavu-core and fonts-noto-cjk (.ci/debian-packages).
const char FontsConf[] = R"(<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <dir>/usr/share/fonts/opentype/noto</dir>
  <cachedir>/var/cache/fontconfig</cachedir>
  <cachedir prefix="xdg">fontconfig</cachedir>
  <alias binding="same">
    <family>sans-serif</family>
    <prefer><family>DejaVu Sans</family><family>Noto Sans CJK SC</family></prefer>
  </alias>
  <alias binding="same">
    <family>serif</family>
    <prefer><family>DejaVu Serif</family><family>Noto Serif CJK SC</family></prefer>
  </alias>
  <alias binding="same">
    <family>monospace</family>
    <prefer><family>DejaVu Sans Mono</family><family>Noto Sans Mono CJK SC</family></prefer>
  </alias>
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
    <edit name="embeddedbitmap" mode="assign"><bool>false</bool></edit>
  </match>
</fontconfig>
)";

// One screen, larger than any window, at 96 dpi whatever the machine.
const char OffscreenConf[] = R"({
  "synchronousWindowSystemEvents": false,
  "windowFrameMargins": false,
  "screens": [ { "name": "screenshots", "x": 0, "y": 0, "width": 1920, "height": 1200,
                 "logicalDpi": 96, "logicalBaseDpi": 96 } ]
}
)";

bool writeFile(const QString &path, const char *text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) >= 0;
}

} // namespace

std::unique_ptr<ScreenshotEnvironment> ScreenshotEnvironment::prepare(int argc,
                                                                      const char *const *argv)
{
    if (!CommandLine::wantsScreenshots(argc, argv))
        return nullptr;
    std::unique_ptr<ScreenshotEnvironment> environment(new ScreenshotEnvironment);
    const QString fonts = environment->m_dir.filePath(QStringLiteral("fonts.conf"));
    const QString screen = environment->m_dir.filePath(QStringLiteral("offscreen.json"));
    if (environment->m_dir.isValid() && writeFile(fonts, FontsConf) &&
        writeFile(screen, OffscreenConf)) {
        qputenv("FONTCONFIG_FILE", QFile::encodeName(fonts));
        qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + QFile::encodeName(screen));
    } else {
        // Still headless; the fonts are then whatever the system offers.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // Nothing from the environment may scale, restyle or re-theme the pictures.
    for (const char *name :
         {"QT_SCALE_FACTOR", "QT_SCREEN_SCALE_FACTORS", "QT_AUTO_SCREEN_SCALE_FACTOR",
          "QT_ENABLE_HIGHDPI_SCALING", "QT_SCALE_FACTOR_ROUNDING_POLICY", "QT_FONT_DPI",
          "QT_USE_PHYSICAL_DPI", "QT_STYLE_OVERRIDE", "QT_QPA_PLATFORMTHEME", "QT_QPA_FONTDIR"})
        qunsetenv(name);
    // The offscreen platform says it on every dialog shown; the trainer's terminal keeps
    // the progress lines and real problems only.
    static const QtMessageHandler previous = qInstallMessageHandler(nullptr);
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context,
                              const QString &message) {
        if (type == QtWarningMsg && message == u"This plugin does not support propagateSizeHints()")
            return;
        previous(type, context, message);
    });
    return environment;
}

QStringList ScreenshotEnvironment::fontFamilies()
{
    return {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")};
}

void ScreenshotEnvironment::applyToApplication()
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    const QString settings = m_dir.filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings);
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, settings);
    QCoreApplication::setOrganizationName(QStringLiteral("OnboardingConsole-screenshots"));
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setCursorFlashTime(0);
    QGuiApplication::styleHints()->setCursorFlashTime(0);
    QApplication::setEffectEnabled(Qt::UI_General, false);
    QApplication::setPalette(QApplication::style()->standardPalette());
    QFont font(fontFamilies().constFirst());
    font.setFamilies(fontFamilies());
    font.setPointSize(9);
    font.setStyleHint(QFont::SansSerif);
    QApplication::setFont(font);
}

} // namespace oc::gui
