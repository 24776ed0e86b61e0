#include "ScreenshotRunner.h"

#include "Annotator.h"
#include "GuideWriter.h"
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

const QString Operator = QStringLiteral("trainer");

void printLine(const QString &text, bool error)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toLocal8Bit();
    std::fputs(bytes.constData(), error ? stderr : stdout);
    std::fflush(error ? stderr : stdout);
}

template<class T>
T awaitFuture(QFuture<T> future, int timeoutMs = 30000)
{
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<T> watcher;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (!future.isFinished())
            loop.exec();
    }
    future.waitForFinished();
    return future.result();
}

// Drawn stand-ins for a customer's certificate photos (W-AUTH), the same on every run;
// returns their folder: certificate.png, holding.jpg, enterprise-front.png, enterprise-back.png.
QString writeSpecimens(const QString &folder)
{
    QDir().mkpath(folder);
    const auto draw = [&folder](const QString &name, const char *format, const QString &caption,
                                const QColor &tint) {
        QImage image(900, 580, QImage::Format_RGB32);
        image.fill(tint);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(60, 70, 90), 6));
        p.drawRoundedRect(QRectF(20, 20, 860, 540), 28, 28);
        p.setBrush(QColor(180, 190, 205));
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(60, 120, 220, 280));
        p.setPen(QColor(60, 70, 90));
        QFont font;
        font.setPixelSize(64);
        font.setBold(true);
        p.setFont(font);
        p.drawText(QRectF(300, 120, 560, 120), Qt::AlignCenter, QStringLiteral("SPECIMEN"));
        font.setPixelSize(34);
        font.setBold(false);
        p.setFont(font);
        p.drawText(QRectF(300, 260, 560, 160), Qt::AlignCenter | Qt::TextWordWrap, caption);
        p.end();
        image.save(QDir(folder).filePath(name), format);
    };
    draw(QStringLiteral("certificate.png"), "PNG", QStringLiteral("ID card"),
         QColor(226, 236, 248));
    draw(QStringLiteral("holding.jpg"), "JPG", QStringLiteral("Holding the ID card"),
         QColor(236, 230, 222));
    draw(QStringLiteral("enterprise-front.png"), "PNG", QStringLiteral("Business license (front)"),
         QColor(230, 242, 232));
    draw(QStringLiteral("enterprise-back.png"), "PNG", QStringLiteral("Business license (back)"),
         QColor(230, 242, 232));
    // W-REAUTH's name change (§4.5.3).
    draw(QStringLiteral("statement.png"), "PNG", QStringLiteral("Statement of commitment"),
         QColor(244, 238, 226));
    draw(QStringLiteral("authority-document.png"), "PNG", QStringLiteral("Supporting document"),
         QColor(238, 232, 244));
    // W-REAUTH's other kinds (§4.4.2, §4.4.3, §4.5.2).
    draw(QStringLiteral("passport.png"), "PNG", QStringLiteral("Passport (personal page)"),
         QColor(226, 236, 248));
    draw(QStringLiteral("holding-passport.jpg"), "JPG", QStringLiteral("Holding the passport"),
         QColor(236, 230, 222));
    draw(QStringLiteral("holding-visa.jpg"), "JPG", QStringLiteral("Holding the passport (visa)"),
         QColor(236, 230, 222));
    draw(QStringLiteral("application-form.png"), "PNG",
         QStringLiteral("Change application form (photo)"), QColor(244, 244, 236));
    const auto write = [&folder](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(folder).filePath(name));
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
    };
    // The form scanned to PDF, as the seed asks (a one-page document without content).
    write(QStringLiteral("application-form.pdf"),
          QByteArrayLiteral("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
                            "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
                            "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> "
                            "endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"));
    // A program renamed to look like a photo: refused by its content (R-AUTH-2).
    QByteArray program("\x7F"
                       "ELF\x02\x01\x01",
                       7);
    program.append(1024, '\0');
    write(QStringLiteral("renamed-program.jpg"), program);
    // ... and as a PDF, the qualification proof of Edit Information (R-ACC-11).
    write(QStringLiteral("renamed-program.pdf"), program);
    return folder;
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

std::optional<MainWindow::Page> mainPage(const QString &name)
{
    static const QHash<QString, MainWindow::Page> pages = {
        {QStringLiteral("home"), MainWindow::Page::Home},
        {QStringLiteral("huaweiAccounts"), MainWindow::Page::HuaweiAccounts},
        {QStringLiteral("marketplace"), MainWindow::Page::Marketplace},
        {QStringLiteral("jointOperations"), MainWindow::Page::JointOperations},
        {QStringLiteral("billingCenter"), MainWindow::Page::BillingCenter},
        {QStringLiteral("outbox"), MainWindow::Page::Outbox},
        {QStringLiteral("journal"), MainWindow::Page::Journal},
        {QStringLiteral("reviewQueue"), MainWindow::Page::ReviewQueue}};
    if (!pages.contains(name))
        return std::nullopt;
    return pages.value(name);
}

} // namespace

ScreenshotRunner::ScreenshotRunner(Scenario scenario, ScreenshotOptions options,
                                   LanguageManager *language, BackendFactory factory)
    : m_scenario(std::move(scenario))
    , m_options(std::move(options))
    , m_language(language)
    , m_factory(std::move(factory))
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
    printLine(tr("Screenshots: %1 language(s) in %2 s, in %3")
                  .arg(m_options.languages.size())
                  .arg(double(total.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(QDir::toNativeSeparators(m_options.outputDir)),
              false);
    return 0;
}

void ScreenshotRunner::closeEverything()
{
    if (m_dialogs)
        m_dialogs->setDiscarding(true);
    m_window.reset();
    m_context.reset();
    m_backend.reset();
    m_dialogs.reset();
    m_wizard.clear();
}

bool ScreenshotRunner::runLanguage(const QString &language, const QString &dataDir)
{
    if (!m_language->setLanguage(language)) {
        m_failure = tr("the language %1 cannot be loaded").arg(language);
        return false;
    }
    BackendSpec spec;
    spec.demo = true;
    spec.dataDir = dataDir;
    spec.freezeClock = true;
    spec.hashCost = HashCost::Minimum;
    spec.actor = Operator;
    m_backend = m_factory(spec);
    Status opened = awaitFuture(m_backend->open(), 120000);
    // Every language plays the same story: from the second on, the demo copy the previous
    // one changed is restored first.
    if (opened.ok() && m_demoUsed)
        opened = awaitFuture(m_backend->resetDemo(), 120000);
    if (!opened.ok()) {
        m_failure = tr("the demo data could not be opened: %1").arg(opened.error().toString());
        return false;
    }
    m_demoUsed = true;
    m_dialogs = std::make_unique<ScenarioDialogs>();
    m_context = std::make_unique<AppContext>(m_backend.get(), m_language, m_dialogs.get());
    // The demo's own zone, whatever the machine's.
    m_context->setDisplayZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")).isValid()
                                  ? QTimeZone(QByteArrayLiteral("Asia/Shanghai"))
                                  : QTimeZone(8 * 3600));
    if (!m_options.brand.isEmpty())
        m_context->setBrand(m_options.brand);
    m_context->setOperatorName(Operator);
    // The context knows the frozen clock before anything is drawn: a code field's countdown
    // on the first wizard is then the same on every run, however loaded the machine.
    if (const Result<ClockState> clock = awaitFuture(m_backend->clock()); clock.ok())
        m_context->setClock(*clock);
    m_window = std::make_unique<MainWindow>(m_context.get());
    m_window->setAttribute(Qt::WA_DontShowOnScreen, false);
    m_window->move(0, 0);
    m_window->resize(Width, Height);
    m_window->show();
    m_window->resize(Width, Height);
    m_vars.clear();
    // Files for W-AUTH's uploads (the scenario answers the file chooser with them).
    m_vars.insert(QStringLiteral("samples"),
                  writeSpecimens(QDir(dataDir).filePath(QStringLiteral("samples"))));
    waitUntil([] { return false; }, 50);

    const QString langDir = QDir(m_options.outputDir).filePath(language);
    QDir(langDir).removeRecursively();
    QDir().mkpath(langDir);
    GuideWriter guide(language, m_scenario.title.isEmpty()
                                    ? tr("Onboarding Console: training guide")
                                    : m_scenario.title.in(language));
    for (const ScenarioWizard &wizard : std::as_const(m_scenario.wizards)) {
        if (!runWizard(wizard, language, guide))
            return false;
    }
    QString error;
    if (!guide.write(langDir, &error)) {
        m_failure = tr("the guide could not be written: %1").arg(error);
        return false;
    }
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
        const QString page = currentPageName();
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
        for (QWidget *root : {topDialog(), baseWindow()})
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
    m_window->statusBar()->clearMessage();
    if (!wizard.isViews && !openWizard(wizard, &error))
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
        if (QWidget *dialog = topDialog())
            dialog->close();
    }
    QStringList drafts;
    for (Wizard *open : m_window->findChildren<Wizard *>())
        drafts << open->name();
    if (m_wizard && m_wizard != m_window.get()) {
        m_wizard->close();
        waitUntil([this] { return !m_wizard || !m_wizard->isVisible(); }, 2000);
    }
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != m_window.get() && w->isVisible() && qobject_cast<QDialog *>(w))
            w->close();
    m_dialogs->setDiscarding(false);
    m_dialogs->clearAnswers();
    m_wizard.clear();
    // A wizard closed midway keeps its draft; the next one must not offer to resume it.
    waitUntil([] { return false; }, 20);
    for (const QString &name : std::as_const(drafts))
        awaitFuture(m_backend->deleteDraft(name, Operator));
    printLine(tr("[%1] %2: %3 picture(s) in %4 s")
                  .arg(language, wizard.folder)
                  .arg(captures)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1),
              false);
    return true;
}

bool ScreenshotRunner::openWizard(const ScenarioWizard &wizard, QString *error)
{
    const QJsonObject &open = wizard.open;
    if (open.contains(QStringLiteral("view"))) {
        const auto page = mainPage(open.value(QStringLiteral("view")).toString());
        if (!page) {
            *error = tr("unknown view \"%1\"").arg(open.value(QStringLiteral("view")).toString());
            return false;
        }
        m_window->showPage(*page);
        m_wizard = m_window.get();
        return true;
    }
    const QString kind = open.value(QStringLiteral("wizard")).toString();
    const auto accountOf = [this, &open](const QString &key) {
        const QString login = open.value(key).toString();
        if (login.isEmpty())
            return QString();
        return lookupValue(view::HuaweiAccounts, {}, login, column::AccountId, column::LoginId,
                           login)
            .toString();
    };
    const QString account = accountOf(QStringLiteral("account"));
    if (open.contains(QStringLiteral("account")) && account.isEmpty()) {
        *error = tr("no HUAWEI ID \"%1\" in the demo data")
                     .arg(open.value(QStringLiteral("account")).toString());
        return false;
    }
    QWidget *opened = nullptr;
    if (kind == u"signUp") {
        opened = m_window->openSignUpWizard();
    } else if (kind == u"huaweiLogin") {
        opened = m_window->openHuaweiLoginWizard(
            substitute(open.value(QStringLiteral("identifier")).toString()));
    } else if (kind == u"authentication") {
        opened = m_window->openAuthWizard(account);
    } else if (kind == u"reauthentication") {
        opened = m_window->openReauthWizard(account);
    } else if (kind == u"purchase") {
        const bool cards = open.value(QStringLiteral("product")).toString() == u"storedValueCard";
        opened = m_window->openPurchaseWizard(account, cards ? ProductKind::StoredValueCard
                                                             : ProductKind::Subscription);
    } else if (kind == u"registration") {
        opened = m_window->openRegistrationWizard(account);
    } else if (kind == u"organization") {
        opened = m_window->openOrganizationWizard(account);
    } else if (kind == u"login") {
        opened = m_window->openLoginWizard(
            substitute(open.value(QStringLiteral("loginName")).toString()));
    } else if (kind == u"settlement") {
        const QString name = open.value(QStringLiteral("workspace")).toString();
        const QString id =
            lookupValue(view::Workspaces, {}, name, column::WorkspaceId, column::Name, name)
                .toString();
        if (id.isEmpty()) {
            *error = tr("no workspace \"%1\" in the demo data").arg(name);
            return false;
        }
        opened = m_window->openSettlementWizard(id);
    } else if (kind == u"recharge") {
        const QString username = open.value(QStringLiteral("feeCenter")).toString();
        const QVariant id = lookupValue(view::FeeCenterAccounts, {{column::Username, username}}, {},
                                        column::FeeCenterAccountId);
        if (!id.isValid() || id.toLongLong() <= 0) {
            *error = tr("no fee-center account \"%1\" in the demo data").arg(username);
            return false;
        }
        opened = m_window->openRechargeWizard(id.toLongLong());
    } else if (kind == u"partnerAssociation") {
        opened =
            m_window->openPartnerWizard(substitute(open.value(QStringLiteral("link")).toString()));
    } else if (kind == u"closeResource") {
        const QString instance =
            lookupValue(view::Instances,
                        {{column::AccountId, account},
                         {column::Status, QStringLiteral("active")},
                         {column::ProductKind, QStringLiteral("subscription")}},
                        {}, column::InstanceId)
                .toString();
        if (instance.isEmpty()) {
            *error = tr("the account has no active subscription to close");
            return false;
        }
        opened = m_window->openCloseResource(instance);
    } else {
        *error = tr("unknown wizard \"%1\"").arg(kind);
        return false;
    }
    m_wizard = opened;
    if (!waitUntil([this] { return m_wizard && m_wizard->isVisible(); }, 5000)) {
        *error = m_dialogs->hasProblem() ? m_dialogs->takeProblem() : tr("it did not appear");
        return false;
    }
    if (qobject_cast<QWizard *>(opened)) {
        opened->move(0, 0);
        opened->resize(Width, Height);
    }
    return true;
}

QWidget *ScreenshotRunner::topDialog() const
{
    // The newest visible dialog that is not the wizard being played: a window whose
    // parent chain holds no other visible dialog on top of it.
    QList<QWidget *> dialogs;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && qobject_cast<QDialog *>(w) && w != m_wizard &&
            !qobject_cast<QWizard *>(w))
            dialogs << w;
    for (QWidget *candidate : std::as_const(dialogs)) {
        bool covered = false;
        for (QWidget *other : std::as_const(dialogs))
            if (other != candidate && candidate->isAncestorOf(other))
                covered = true;
        if (!covered)
            return candidate;
    }
    return nullptr;
}

QWidget *ScreenshotRunner::baseWindow() const
{
    if (m_wizard && m_wizard->isVisible() && qobject_cast<QWizard *>(m_wizard.data()))
        return m_wizard;
    return m_window.get();
}

QString ScreenshotRunner::currentPageName() const
{
    if (auto *wizard = qobject_cast<Wizard *>(m_wizard.data()))
        return wizard->pageName(wizard->currentId());
    if (m_wizard)
        return m_wizard->objectName();
    return {};
}

QWidget *ScreenshotRunner::find(const QString &name) const
{
    QList<QWidget *> roots;
    if (QWidget *dialog = topDialog())
        roots << dialog;
    if (m_wizard && m_wizard->isVisible())
        roots << m_wizard;
    roots << m_window.get();
    if (name.startsWith(QLatin1Char('@'))) {
        const QString which = name.mid(1);
        if (auto *wizard = qobject_cast<QWizard *>(baseWindow()); wizard && !topDialog()) {
            static const QHash<QString, QWizard::WizardButton> buttons = {
                {QStringLiteral("next"), QWizard::NextButton},
                {QStringLiteral("back"), QWizard::BackButton},
                {QStringLiteral("commit"), QWizard::CommitButton},
                {QStringLiteral("finish"), QWizard::FinishButton},
                {QStringLiteral("cancel"), QWizard::CancelButton}};
            if (buttons.contains(which))
                return wizard->button(buttons.value(which));
        }
        if (QWidget *dialog = roots.first(); dialog != m_window.get())
            if (auto *box = dialog->findChild<QDialogButtonBox *>()) {
                if (which == u"ok") {
                    if (QPushButton *ok = box->button(QDialogButtonBox::Ok))
                        return ok;
                    // A question's own accept button ("Unlock", "Bind", ...).
                    for (QAbstractButton *button : box->buttons())
                        if (box->buttonRole(button) == QDialogButtonBox::AcceptRole)
                            return button;
                }
                if (which == u"cancel")
                    return box->button(QDialogButtonBox::Cancel);
            }
        return nullptr;
    }
    for (QWidget *root : std::as_const(roots)) {
        if (root->objectName() == name)
            return root;
        QWidget *hidden = nullptr;
        for (QWidget *w : root->findChildren<QWidget *>(name)) {
            if (w->isVisible())
                return w;
            if (!hidden)
                hidden = w;
        }
        if (hidden && root != m_window.get())
            return hidden;
    }
    return nullptr;
}

QString ScreenshotRunner::substitute(const QString &text) const
{
    static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z][A-Za-z0-9_]*)\\}"));
    QString out = text;
    QRegularExpressionMatch match;
    while ((match = var.match(out)).hasMatch())
        out.replace(match.capturedStart(), match.capturedLength(),
                    m_vars.value(match.captured(1)).toString());
    return out;
}

QString ScreenshotRunner::text(const QJsonValue &value, const QString &language) const
{
    const auto localized = LocalizedText::fromJson(value);
    return substitute(localized ? localized->in(language) : value.toString());
}

QVariant ScreenshotRunner::lookupValue(const QString &view, const QVariantMap &filters,
                                       const QString &search, const QString &column,
                                       const QString &matchColumn, const QString &matchValue)
{
    ListQuery query;
    query.view = view;
    query.filters = filters;
    query.search = search;
    query.limit = 1000;
    Result<ListPage> page = awaitFuture(m_backend->list(query));
    QVariantMap clientSide; // columns a view cannot filter on are matched here
    if (!page.ok()) {
        query.filters.clear();
        clientSide = filters;
        page = awaitFuture(m_backend->list(query));
    }
    if (!page.ok())
        return {};
    if (!matchColumn.isEmpty())
        clientSide.insert(matchColumn, matchValue);
    if (page->columnIndex(column) < 0)
        return {};
    for (int row = 0; row < page->rows.size(); ++row) {
        bool matches = true;
        for (auto it = clientSide.cbegin(); it != clientSide.cend() && matches; ++it)
            matches = page->columnIndex(it.key()) >= 0 &&
                      page->value(row, it.key()).toString() == it.value().toString();
        if (matches)
            return page->value(row, column);
    }
    return {};
}

bool ScreenshotRunner::waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        input::wait(5);
    }
    return true;
}

// The run as the step handlers see it (ScenarioSteps.h).
class RunnerStepRun final : public StepRun
{
public:
    RunnerStepRun(ScreenshotRunner &runner, const QString &language)
        : m_runner(runner)
        , m_language(language)
    {}

    QWidget *find(const QString &name) const override { return m_runner.find(name); }
    QAction *action(const QString &name) const override
    {
        for (QWidget *root :
             {m_runner.baseWindow(), static_cast<QWidget *>(m_runner.m_window.get())})
            if (auto *action = root->findChild<QAction *>(name))
                return action;
        return nullptr;
    }
    bool waitUntil(const std::function<bool()> &predicate, int timeoutMs) override
    {
        return m_runner.waitUntil(predicate, timeoutMs);
    }
    QString substitute(const QString &text) const override { return m_runner.substitute(text); }
    QString text(const QJsonValue &value) const override
    {
        return m_runner.text(value, m_language);
    }
    int callsInFlight() const override { return m_runner.m_context->backend()->callsInFlight(); }
    Wizard *wizard() const override { return qobject_cast<Wizard *>(m_runner.m_wizard.data()); }
    QWidget *playedWindow() const override { return m_runner.m_wizard.data(); }
    QWidget *topDialog() const override { return m_runner.topDialog(); }
    bool adoptWizard(const QString &name, int timeoutMs) override
    {
        Wizard *found = nullptr;
        if (!waitUntil(
                [&] {
                    for (Wizard *w : m_runner.m_window->findChildren<Wizard *>())
                        if (w->isVisible() && w->name() == name && w != m_runner.m_wizard)
                            found = w;
                    return found != nullptr;
                },
                timeoutMs))
            return false;
        QPointer<QWidget> &played = m_runner.m_wizard;
        if (played && played != m_runner.m_window.get() && played->isVisible()) {
            m_runner.m_dialogs->setDiscarding(true);
            played->close();
            m_runner.m_dialogs->setDiscarding(false);
        }
        played = found;
        found->move(0, 0);
        found->resize(ScreenshotRunner::Width, ScreenshotRunner::Height);
        return true;
    }
    void prepareAnswer(const ScenarioDialogs::Answer &answer) override
    {
        m_runner.m_dialogs->prepare(answer);
    }
    void setVariable(const QString &name, const QVariant &value) override
    {
        m_runner.m_vars.insert(name, value);
    }
    Result<ListPage> list(const ListQuery &query) override
    {
        return awaitFuture(m_runner.m_backend->list(query));
    }
    QVariant lookupValue(const QString &view, const QVariantMap &filters,
                         const QString &column) override
    {
        return m_runner.lookupValue(view, filters, {}, column);
    }
    Status advanceClock(ClockStep step) override
    {
        const Result<ClockState> state = awaitFuture(m_runner.m_backend->advanceClock(step));
        return state.ok() ? okStatus() : Status(state.error());
    }
    bool showPage(const QString &name) override
    {
        const auto page = mainPage(name);
        if (page)
            m_runner.m_window->showPage(*page);
        return page.has_value();
    }
    bool showList(const QString &name) override
    {
        for (auto *view : m_runner.m_window->findChildren<TabbedListsView *>())
            if (view->isVisible() && view->list(name)) {
                view->showList(name);
                return true;
            }
        return false;
    }

private:
    ScreenshotRunner &m_runner;
    QString m_language;
};

bool ScreenshotRunner::runStep(const ScenarioStep &step, const QString &language, QString *error)
{
    RunnerStepRun run(*this, language);
    return runScenarioStep(run, step, error);
}

QImage ScreenshotRunner::shot()
{
    const int scale = m_options.scale;
    QImage image(QSize(Width, Height) * scale, QImage::Format_RGB32);
    image.setDevicePixelRatio(scale);
    image.fill(QApplication::palette().color(QPalette::Window));
    QWidget *base = baseWindow();
    {
        QPainter painter(&image);
        base->render(&painter, QPoint(), QRegion(),
                     QWidget::DrawWindowBackground | QWidget::DrawChildren);
        if (QWidget *dialog = topDialog()) {
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
    for (int i = 0; i < 500 && (stable < 4 || m_context->backend()->callsInFlight() > 0); ++i) {
        input::wait(20);
        QImage current = shot();
        stable = current == previous && m_context->backend()->callsInFlight() == 0 ? stable + 1 : 0;
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
        if (QWidget *target = find(substitute(capture.target));
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
    for (QWidget *root : {baseWindow(), topDialog()})
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
    for (QWidget *root : {baseWindow(), topDialog()})
        if (root)
            inaccessible << accessibilityProblems(root);
    inaccessible.removeDuplicates();
    if (!inaccessible.isEmpty())
        printLine(tr("Warning: in %1, accessibility: %2")
                      .arg(capture.page, inaccessible.join(QStringLiteral("; "))),
                  true);
    if (!capture.target.isEmpty()) {
        QWidget *target = find(substitute(capture.target));
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
    if (window != baseWindow())
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
