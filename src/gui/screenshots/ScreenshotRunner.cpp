#include "ScreenshotRunner.h"

#include "Annotator.h"
#include "GuideWriter.h"
#include "HandbookWriter.h"
#include "InputSimulator.h"
#include "ScenarioDialogs.h"
#include "ScenarioSteps.h"
#include "core/ListNames.h"
#include "gui/AccessibilityCheck.h"
#include "gui/AppContext.h"
#include "gui/CommandLine.h"
#include "gui/LanguageManager.h"
#include "gui/LayoutCheck.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/CloseResourceDialog.h"
#include "gui/views/TabbedListsView.h"
#include "gui/wizards/Wizard.h"
#include "gui/wizards/auth/AuthWizard.h"
#include "gui/wizards/huaweilogin/HuaweiLoginWizard.h"
#include "gui/wizards/login/LoginWizard.h"
#include "gui/wizards/organization/OrganizationWizard.h"
#include "gui/wizards/partner/PartnerAssocWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "gui/wizards/reauth/ReauthWizard.h"
#include "gui/wizards/recharge/RechargeWizard.h"
#include "gui/wizards/registration/RegistrationWizard.h"
#include "gui/wizards/settlement/SettlementWizard.h"
#include "gui/wizards/signup/SignUpWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimeZone>
#include <QTimer>
#include <QWizard>

#include <cstdio>
#include <optional>

namespace oc::gui {

namespace {

void printLine(const QString &text, bool error)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toLocal8Bit();
    std::fputs(bytes.constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

// The part of `widget` that its parents do not clip (a scroll area's viewport shows only part
// of its contents), in the widget's own coordinates.
QRect unclippedRect(const QWidget *widget)
{
    QRect rect = widget->rect();
    QPoint origin; // the widget's origin in the coordinates of the parent reached
    for (const QWidget *w = widget; !w->isWindow() && w->parentWidget(); w = w->parentWidget()) {
        origin += w->pos();
        rect &= w->parentWidget()->rect().translated(-origin);
    }
    return rect;
}

} // namespace

ScreenshotRunner::ScreenshotRunner(Scenario scenario, ScreenshotOptions options,
                                   LanguageManager *language, BackendFactory factory)
    : m_scenario(std::move(scenario))
    , m_options(std::move(options))
    , m_language(language)
    , m_driver(std::make_unique<ConsoleDriver>(language, std::move(factory)))
{}

ScreenshotRunner::~ScreenshotRunner()
{
    closeEverything();
}

int ScreenshotRunner::run()
{
    QElapsedTimer total;
    total.start();
    QTemporaryDir dataDir;
    if (!dataDir.isValid() || !QDir().mkpath(m_options.outputDir)) {
        printLine(tr("Screenshots: cannot create the folders (%1).").arg(m_options.outputDir),
                  true);
        return 3;
    }
    for (const QString &language : std::as_const(m_options.languages)) {
        if (!runLanguage(language, dataDir.path())) {
            closeEverything();
            printLine(tr("Screenshots failed (%1): %2").arg(language, m_failure), true);
            return 4;
        }
    }
    // OUT/index.html: every language's guide and handbook.
    if (QString error; !GuideWriter::writeIndex(m_options.outputDir, m_guides, &error)) {
        printLine(tr("Screenshots failed: the index could not be written: %1").arg(error), true);
        return 4;
    }
    printLine(tr("Screenshots: %1 language(s) in %2 s, in %3")
                  .arg(m_options.languages.size())
                  .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(QDir::toNativeSeparators(m_options.outputDir)),
              false);
    return 0;
}

void ScreenshotRunner::closeEverything()
{
    m_driver->close();
    m_driver->setScenarioDialogs(nullptr);
    m_dialogs.reset();
}

bool ScreenshotRunner::runLanguage(const QString &language, const QString &dataDir)
{
    if (!m_language->setLanguage(language)) {
        m_failure = tr("the language %1 cannot be loaded").arg(language);
        return false;
    }
    m_dialogs = std::make_unique<ScenarioDialogs>();
    m_driver->setScenarioDialogs(m_dialogs.get());
    QString error;
    if (!m_driver->open(dataDir, m_demoUsed, m_dialogs.get(), m_options.brand, QSize(Width, Height),
                        &error)) {
        m_failure = error;
        return false;
    }
    m_demoUsed = true;

    const QString langDir = QDir(m_options.outputDir).filePath(language);
    QDir(langDir).removeRecursively();
    QDir().mkpath(langDir);
    GuideWriter guide(language,
                      m_scenario.title.isEmpty() ? tr("Onboarding Console: training guide")
                                                 : m_scenario.title.in(language),
                      m_driver->context()->brand(), m_options.languages);
    for (const ScenarioWizard &wizard : std::as_const(m_scenario.wizards)) {
        if (!runWizard(wizard, language, guide))
            return false;
    }
    if (!guide.write(langDir, &error)) {
        m_failure = tr("the guide could not be written: %1").arg(error);
        return false;
    }
    if (!HandbookWriter(guide.content()).write(langDir, &error)) {
        m_failure = tr("the handbook could not be written: %1").arg(error);
        return false;
    }
    m_guides.append(guide.indexEntry());
    closeEverything();
    return true;
}

bool ScreenshotRunner::runWizard(const ScenarioWizard &wizard, const QString &language,
                                 GuideWriter &guide)
{
    QElapsedTimer timer;
    timer.start();
    const QString folder =
        QDir(m_options.outputDir).filePath(language + QLatin1Char('/') + wizard.folder);
    QDir().mkpath(folder);
    guide.beginSection(wizard.folder, wizard.title.in(language), wizard.introduction.in(language));
    const auto fail = [&](int step, const QString &why) {
        const QString page = m_driver->currentPageName();
        m_failure = tr("wizard \"%1\" (%2), page \"%3\", step %4: %5")
                        .arg(wizard.id, wizard.title.in(QStringLiteral("en")),
                             page.isEmpty() ? tr("(none)") : page)
                        .arg(step)
                        .arg(why);
        return false;
    };
    QString error;
    // What the console said, to explain a step that did not get the expected result.
    const auto shownErrors = [this] {
        QStringList shown;
        for (QWidget *root : {m_driver->topDialog(), m_driver->baseWindow()})
            if (root)
                for (QLabel *label : root->findChildren<QLabel *>())
                    if (label->isVisible() && !label->text().isEmpty() &&
                        (label->objectName().endsWith(QLatin1String("Error")) ||
                         label->objectName() == u"pageError"))
                        shown << label->objectName() + QStringLiteral(": ") + label->text();
        return shown.isEmpty()
                   ? QString()
                   : QStringLiteral(" [") + shown.join(QStringLiteral("; ")) + QLatin1Char(']');
    };
    // A passing message of the wizard before (it lasts seconds) would show in this one's
    // first pictures or not, as the timing goes: each wizard starts without one.
    m_driver->window()->statusBar()->clearMessage();
    if (!wizard.isViews && !m_driver->openEntry(wizard.open, QSize(Width, Height), &error))
        return fail(0, tr("cannot open: %1").arg(error));

    int captures = 0;
    int guideStep = 0;
    for (const ScenarioStep &step : wizard.steps) {
        // A question the step's action asks is pictured while it is on screen.
        std::optional<Picture> questionPicture;
        const bool question = step.capture && step.capture->question;
        if (question)
            m_dialogs->pictureNextQuestion(
                [&](QDialog *) { questionPicture = picture(*step.capture); });
        const bool done = runStep(step, language, &error);
        m_dialogs->pictureNextQuestion({});
        // A warning the console showed meanwhile fails the step, or says why it failed.
        const QString problem = m_dialogs->takeProblem();
        if (!done)
            return fail(step.number,
                        error + shownErrors() +
                            (problem.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(problem)));
        if (!problem.isEmpty())
            return fail(step.number, problem);
        if (!step.capture)
            continue;
        if (question && !questionPicture)
            return fail(step.number, tr("the capture waits for a question, but none was asked"));
        const ScenarioCapture &capture = *step.capture;
        const Picture taken = question ? *questionPicture : picture(capture);
        if (!taken.error.isEmpty())
            return fail(step.number, taken.error);
        const QString base = capture.baseName(++captures);
        const QString plainName = base + QStringLiteral(".png");
        if (!taken.image.save(QDir(folder).filePath(plainName), "PNG"))
            return fail(step.number, tr("cannot write %1").arg(plainName));
        QString shown = wizard.folder + QLatin1Char('/') + plainName;
        QString plain;
        if (taken.target) {
            const QImage annotated = Annotator::annotate(taken.image, *taken.target, ++guideStep);
            const QString annotatedName = base + QStringLiteral("-annotated.png");
            if (!annotated.save(QDir(folder).filePath(annotatedName), "PNG"))
                return fail(step.number, tr("cannot write %1").arg(annotatedName));
            plain = shown;
            shown = wizard.folder + QLatin1Char('/') + annotatedName;
        } else {
            ++guideStep;
        }
        guide.addStep(guideStep, capture.instruction.in(language), shown, plain);
    }
    // The end of the wizard's scenario: whatever is still open is closed without questions.
    m_dialogs->setDiscarding(true);
    for (int i = 0; i < 4; ++i) {
        if (QWidget *dialog = m_driver->topDialog())
            dialog->close();
    }
    QStringList drafts;
    for (Wizard *open : m_driver->window()->findChildren<Wizard *>())
        drafts << open->name();
    if (m_driver->played() && m_driver->played() != m_driver->window()) {
        m_driver->played()->close();
        m_driver->waitUntil(
            [this] { return !m_driver->played() || !m_driver->played()->isVisible(); }, 2000);
    }
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != m_driver->window() && w->isVisible() && qobject_cast<QDialog *>(w))
            w->close();
    m_dialogs->setDiscarding(false);
    m_dialogs->clearAnswers();
    m_driver->played().clear();
    // A wizard closed midway keeps its draft; the next one must not offer to resume it.
    m_driver->waitUntil([] { return false; }, 20);
    for (const QString &name : std::as_const(drafts))
        awaitFuture(m_driver->backend()->deleteDraft(name, ConsoleDriver::operatorName()));
    printLine(tr("[%1] %2: %3 picture(s) in %4 s")
                  .arg(language, wizard.folder)
                  .arg(captures)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1),
              false);
    return true;
}

bool ScreenshotRunner::runStep(const ScenarioStep &step, const QString &language, QString *error)
{
    DriverStepRun run(*m_driver, language, QSize(Width, Height));
    return runScenarioStep(run, step, error);
}

QImage ScreenshotRunner::shot()
{
    const int scale = m_options.scale;
    QImage image(QSize(Width, Height) * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(QApplication::palette().color(QPalette::Window));
    QWidget *base = m_driver->baseWindow();
    {
        QPainter painter(&image);
        base->render(&painter, QPoint(), QRegion(),
                     QWidget::DrawWindowBackground | QWidget::DrawChildren);
        if (QWidget *dialog = m_driver->topDialog()) {
            // A dialog over its window, centred, with a thin frame as a window manager
            // would draw it.
            const QPoint at((Width - dialog->width()) / 2, (Height - dialog->height()) / 2);
            painter.fillRect(QRect(QPoint(0, 0), QSize(Width, Height)), QColor(0, 0, 0, 40));
            painter.setPen(QColor(0x70, 0x70, 0x70));
            painter.drawRect(QRect(at - QPoint(1, 1), dialog->size() + QSize(1, 1)));
            dialog->render(&painter, at, QRegion(),
                           QWidget::DrawWindowBackground | QWidget::DrawChildren);
        }
    }
    return image;
}

QImage ScreenshotRunner::settledShot()
{
    // Asynchronous answers (lists, live checks, prefilled fields): a picture is taken once
    // the backend has answered every call and the window has not changed for a while
    // (4 renders in a row, 20 ms apart), however slow the machine.
    input::wait(20);
    QImage previous = shot();
    int stable = 0;
    for (int i = 0; i < 500 && (stable < 4 || m_driver->context()->backend()->callsInFlight() > 0);
         ++i) {
        input::wait(20);
        QImage current = shot();
        stable = current == previous && m_driver->context()->backend()->callsInFlight() == 0
                     ? stable + 1
                     : 0;
        previous = std::move(current);
    }
    return previous;
}

ScreenshotRunner::Picture ScreenshotRunner::picture(const ScenarioCapture &capture)
{
    Picture taken;
    taken.image = settledShot();
    // A target below the fold of a scrolling panel (My Partner's operator buttons) is
    // scrolled into view for the picture, as a person would before clicking it, and back
    // afterwards: what the next steps see does not depend on where a picture looked (a
    // panel left scrolled down keeps an offset that its next relayout clamps, or not, as
    // the timing goes). Only once the window has settled: a target in view stays put.
    QList<std::pair<QPointer<QScrollBar>, int>> scrolled;
    if (!capture.target.isEmpty())
        if (QWidget *target = m_driver->find(m_driver->substitute(capture.target));
            target && target->isVisible() && unclippedRect(target) != target->rect())
            for (QWidget *w = target->parentWidget(); w; w = w->parentWidget())
                if (auto *area = qobject_cast<QScrollArea *>(w)) {
                    for (QScrollBar *bar : {area->horizontalScrollBar(), area->verticalScrollBar()})
                        scrolled.append({bar, bar->value()});
                    area->ensureWidgetVisible(target);
                }
    const auto scrollBack = qScopeGuard([&scrolled] {
        for (auto it = scrolled.crbegin(); it != scrolled.crend(); ++it)
            if (it->first)
                it->first->setValue(it->second);
    });
    if (!scrolled.isEmpty())
        taken.image = settledShot();
    if (taken.image.isNull()) {
        taken.error = tr("nothing to capture");
        return taken;
    }
    // A picture for training should show every text whole, in every language: text that
    // does not fit is reported (a layout bug to fix), the picture is still taken.
    QStringList clipped;
    for (QWidget *root : {m_driver->baseWindow(), m_driver->topDialog()})
        if (root)
            clipped << clippedWidgets(root);
    clipped.removeDuplicates(); // a dialog is also a child of the window below it
    if (!clipped.isEmpty())
        printLine(tr("Warning: in %1, text does not fit: %2")
                      .arg(capture.page, clipped.join(QStringLiteral("; "))),
                  true);
    // Every captured page, dialog and view is checked for what a screen reader or an
    // automation client would miss (AccessibilityCheck).
    QStringList inaccessible;
    for (QWidget *root : {m_driver->baseWindow(), m_driver->topDialog()})
        if (root)
            inaccessible << accessibilityProblems(root);
    inaccessible.removeDuplicates();
    if (!inaccessible.isEmpty())
        printLine(tr("Warning: in %1, accessibility: %2")
                      .arg(capture.page, inaccessible.join(QStringLiteral("; "))),
                  true);
    if (!capture.target.isEmpty()) {
        QWidget *target = m_driver->find(m_driver->substitute(capture.target));
        if (!target || !target->isVisible())
            taken.error = tr("the capture's target \"%1\" is not on screen").arg(capture.target);
        else
            taken.target = targetRect(target);
    }
    return taken;
}

QRect ScreenshotRunner::targetRect(QWidget *target) const
{
    QWidget *window = target->window();
    QPoint offset;
    if (window != m_driver->baseWindow())
        offset = QPoint((Width - window->width()) / 2, (Height - window->height()) / 2);
    // Only the part on screen is framed (a group taller than its scrolling panel).
    const QRect shown = unclippedRect(target);
    const QRect rect = shown.isEmpty() ? target->rect() : shown;
    return QRect(target->mapTo(window, rect.topLeft()) + offset, rect.size());
}

int runScreenshots(const StartupOptions &options, LanguageManager *language,
                   const BackendFactory &factory)
{
    QString error;
    std::optional<Scenario> scenario = Scenario::load(options.scenario, &error);
    if (!scenario) {
        printLine(ScreenshotRunner::tr("Scenario %1: %2").arg(options.scenario, error), true);
        return 2;
    }
    ScreenshotOptions screenshotOptions;
    screenshotOptions.outputDir = options.screenshotsDir;
    screenshotOptions.languages = options.screenshotLanguages;
    screenshotOptions.scale = options.scale;
    screenshotOptions.brand = options.brand;
    ScreenshotRunner runner(std::move(*scenario), screenshotOptions, language, factory);
    return runner.run();
}

} // namespace oc::gui
