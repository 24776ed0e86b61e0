#include "ScreenshotRunner.h"

#include "Annotator.h"
#include "GuideWriter.h"
#include "InputSimulator.h"
#include "ScenarioDialogs.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/CommandLine.h"
#include "gui/LanguageManager.h"
#include "gui/LayoutCheck.h"
#include "gui/MainWindow.h"
#include "gui/dialogs/CloseResourceDialog.h"
#include "gui/views/ConsoleViews.h"
#include "gui/wizards/BillingWizards.h"
#include "gui/wizards/LoginWizard.h"
#include "gui/wizards/OrganizationWizard.h"
#include "gui/wizards/purchase/PurchaseWizard.h"
#include "gui/wizards/RegistrationWizard.h"
#include "gui/wizards/Wizard.h"

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
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
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

std::optional<ClockStep> clockStep(const QString &name)
{
    static const QHash<QString, ClockStep> steps = {
        {QStringLiteral("minute"), ClockStep::Minute},
        {QStringLiteral("hour"), ClockStep::Hour},
        {QStringLiteral("day"), ClockStep::Day},
        {QStringLiteral("threeWorkingDays"), ClockStep::ThreeWorkingDays},
        {QStringLiteral("month"), ClockStep::Month},
        {QStringLiteral("ninetyDays"), ClockStep::NinetyDays}};
    if (!steps.contains(name))
        return std::nullopt;
    return steps.value(name);
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
        {QStringLiteral("journal"), MainWindow::Page::Journal}};
    if (!pages.contains(name))
        return std::nullopt;
    return pages.value(name);
}

// The text a widget shows, for waitText.
QString shownText(QWidget *widget)
{
    if (auto *label = qobject_cast<QLabel *>(widget))
        return label->text();
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *text = qobject_cast<QTextEdit *>(widget))
        return text->toPlainText();
    if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
        return plain->toPlainText();
    return {};
}

int rowCount(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return view->model() ? view->model()->rowCount() : 0;
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->count();
    return -1;
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
    awaitFuture(m_backend->clock());
    m_window = std::make_unique<MainWindow>(m_context.get());
    m_window->setAttribute(Qt::WA_DontShowOnScreen, false);
    m_window->move(0, 0);
    m_window->resize(Width, Height);
    m_window->show();
    m_window->resize(Width, Height);
    m_vars.clear();
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
    if (kind == u"purchase") {
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

bool ScreenshotRunner::runStep(const ScenarioStep &step, const QString &language, QString *error)
{
    const QJsonObject &a = step.arguments;
    const QString action = step.action;
    const QString name = substitute(a.value(action).toString());
    const int timeout = step.timeoutMs;
    if (action == u"capture")
        return true;

    // Actions on a widget.
    static const QStringList widgetActions = {
        QStringLiteral("type"),      QStringLiteral("click"),       QStringLiteral("check"),
        QStringLiteral("uncheck"),   QStringLiteral("select"),      QStringLiteral("selectRow"),
        QStringLiteral("checkItem"), QStringLiteral("waitEnabled"), QStringLiteral("waitText"),
        QStringLiteral("waitRows")};
    if (widgetActions.contains(action)) {
        QWidget *widget = nullptr;
        if (!waitUntil(
                [&] {
                    widget = find(name);
                    return widget && widget->isVisible();
                },
                timeout)) {
            // An action in a menu ("click" on a QAction's objectName).
            if (action == u"click") {
                for (QWidget *root : {baseWindow(), static_cast<QWidget *>(m_window.get())})
                    if (auto *act = root->findChild<QAction *>(name)) {
                        act->trigger();
                        return true;
                    }
            }
            *error = widget ? tr("\"%1\" is not visible").arg(name)
                            : tr("no control named \"%1\" on screen").arg(name);
            return false;
        }
        if (action == u"waitEnabled") {
            if (!waitUntil([&] { return widget->isEnabled(); }, timeout)) {
                *error = tr("\"%1\" stayed disabled").arg(name);
                return false;
            }
            return true;
        }
        if (action == u"waitText") {
            const bool notEmpty = a.contains(QStringLiteral("notEmpty"));
            const QString contains = text(a.value(QStringLiteral("contains")), language);
            if (!waitUntil(
                    [&] {
                        const QString shown = shownText(widget);
                        return notEmpty ? !shown.trimmed().isEmpty() : shown.contains(contains);
                    },
                    timeout)) {
                *error = tr("\"%1\" shows \"%2\", not \"%3\"")
                             .arg(name, shownText(widget), notEmpty ? tr("(any text)") : contains);
                return false;
            }
            return true;
        }
        if (action == u"waitRows") {
            const int count = a.value(QStringLiteral("count")).toInt();
            if (!waitUntil([&] { return rowCount(widget) >= count; }, timeout)) {
                *error =
                    tr("\"%1\" has %2 row(s), not %3").arg(name).arg(rowCount(widget)).arg(count);
                return false;
            }
            return true;
        }
        if (!waitUntil([&] { return widget->isEnabled(); }, timeout)) {
            *error = tr("\"%1\" is disabled").arg(name);
            return false;
        }
        if (action == u"type") {
            const QString value = text(a.value(QStringLiteral("text")), language);
            QWidget *target = widget;
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
                spin->setFocus();
                spin->selectAll();
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                edit->setFocus();
                edit->selectAll();
            } else if (auto *combo = qobject_cast<QComboBox *>(widget);
                       combo && combo->lineEdit()) {
                target = combo->lineEdit();
                target->setFocus();
                combo->lineEdit()->selectAll();
            } else if (qobject_cast<QTextEdit *>(widget) ||
                       qobject_cast<QPlainTextEdit *>(widget)) {
                widget->setFocus();
                input::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
            } else {
                *error = tr("cannot type into \"%1\" (%2)")
                             .arg(name, QString::fromLatin1(widget->metaObject()->className()));
                return false;
            }
            input::keyClick(target, Qt::Key_Backspace);
            input::keyClicks(target, value);
            return true;
        }
        if (action == u"click" || action == u"check" || action == u"uncheck") {
            auto *button = qobject_cast<QAbstractButton *>(widget);
            if (action != u"click") {
                if (!button || !button->isCheckable()) {
                    *error = tr("\"%1\" cannot be checked").arg(name);
                    return false;
                }
                if (button->isChecked() == (action == u"check"))
                    return true;
            }
            // Check boxes and radio buttons are clicked on their indicator, as in the tests.
            const bool indicator =
                qobject_cast<QCheckBox *>(widget) || qobject_cast<QRadioButton *>(widget);
            input::mouseClick(widget, indicator ? QPoint(6, widget->height() / 2) : QPoint());
            return true;
        }
        if (action == u"select") {
            auto *combo = qobject_cast<QComboBox *>(widget);
            if (!combo) {
                *error = tr("\"%1\" is not a list to choose from").arg(name);
                return false;
            }
            int index = -1;
            if (!waitUntil(
                    [&] {
                        if (a.contains(QStringLiteral("index")))
                            index = a.value(QStringLiteral("index")).toInt();
                        else if (a.contains(QStringLiteral("data")))
                            index = combo->findData(
                                substitute(a.value(QStringLiteral("data")).toString()));
                        else
                            index = combo->findText(text(a.value(QStringLiteral("text")), language),
                                                    Qt::MatchContains);
                        return index >= 0 && index < combo->count();
                    },
                    timeout)) {
                *error = tr("\"%1\" has no such entry").arg(name);
                return false;
            }
            combo->setFocus();
            combo->setCurrentIndex(index);
            return true;
        }
        if (action == u"selectRow" || action == u"checkItem") {
            auto *view = qobject_cast<QAbstractItemView *>(widget);
            if (!view || !view->model()) {
                *error = tr("\"%1\" is not a list or table").arg(name);
                return false;
            }
            QModelIndex found;
            const int column = a.value(QStringLiteral("column")).toInt(-1);
            const auto findRow = [&] {
                // A list still loading (after a filter or an owner changed) would lose the
                // selection when its rows arrive.
                if (m_context->backend()->callsInFlight() > 0)
                    return false;
                QAbstractItemModel *model = view->model();
                if (a.contains(QStringLiteral("row"))) {
                    found = model->index(a.value(QStringLiteral("row")).toInt(), 0);
                    return found.isValid();
                }
                const QString wanted = text(a.value(QStringLiteral("text")), language);
                for (int r = 0; r < model->rowCount(); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        if ((column < 0 || c == column) &&
                            model->index(r, c).data().toString().contains(wanted)) {
                            found = model->index(r, 0);
                            return true;
                        }
                return false;
            };
            if (action == u"checkItem") {
                if (!waitUntil(findRow, timeout)) {
                    *error = tr("\"%1\" has no such row").arg(name);
                    return false;
                }
                view->model()->setData(found, Qt::Checked, Qt::CheckStateRole);
                return true;
            }
            // Clicked like a person would; again if the list reloaded meanwhile and the
            // selection went with it.
            const bool selected = waitUntil(
                [&] {
                    if (!findRow())
                        return false;
                    view->setFocus();
                    view->scrollTo(found);
                    const QRect rect = view->visualRect(found);
                    input::mouseClick(view->viewport(), rect.center());
                    view->setCurrentIndex(found);
                    input::wait(40);
                    const QModelIndex current = view->currentIndex();
                    return m_context->backend()->callsInFlight() == 0 && current.isValid() &&
                           current.row() == found.row() &&
                           view->selectionModel()->isRowSelected(current.row(), QModelIndex());
                },
                timeout);
            if (!selected) {
                *error = tr("\"%1\" has no such row").arg(name);
                return false;
            }
            return true;
        }
    }

    if (action == u"press") {
        QWidget *button = find(QLatin1Char('@') + name);
        if (!button ||
            !waitUntil([&] { return button->isVisible() && button->isEnabled(); }, timeout)) {
            *error = tr("the %1 button is not available").arg(name);
            return false;
        }
        input::mouseClick(button);
        return true;
    }
    if (action == u"waitPage") {
        auto *wizard = qobject_cast<Wizard *>(m_wizard.data());
        if (!wizard) {
            *error = tr("waitPage without a wizard");
            return false;
        }
        if (!waitUntil([&] { return wizard->pageName(wizard->currentId()) == name; }, timeout)) {
            *error = tr("the wizard did not reach the page \"%1\"").arg(name);
            return false;
        }
        return true;
    }
    if (action == u"waitVisible" || action == u"waitHidden") {
        const bool visible = action == u"waitVisible";
        if (!waitUntil(
                [&] {
                    QWidget *w = find(name);
                    return visible ? (w && w->isVisible()) : (!w || !w->isVisible());
                },
                timeout)) {
            *error = visible ? tr("\"%1\" did not appear").arg(name)
                             : tr("\"%1\" did not go away").arg(name);
            return false;
        }
        return true;
    }
    if (action == u"waitDialog") {
        if (!waitUntil(
                [&] {
                    QWidget *d = topDialog();
                    return d && (d->objectName() == name ||
                                 QLatin1String(d->metaObject()->className()).endsWith(name));
                },
                timeout)) {
            *error = tr("the dialog \"%1\" did not open").arg(name);
            return false;
        }
        return true;
    }
    if (action == u"waitClosed") {
        if (!waitUntil(
                [&] {
                    const auto named = [&](QWidget *d) {
                        return d && d->isVisible() &&
                               (d->objectName() == name ||
                                QLatin1String(d->metaObject()->className()).endsWith(name));
                    };
                    // The dialog "open" showed is the one played, not a dialog on top.
                    return !named(topDialog()) && !named(m_wizard.data());
                },
                timeout)) {
            *error = tr("the dialog \"%1\" stayed open").arg(name);
            return false;
        }
        return true;
    }
    if (action == u"waitWizard") {
        Wizard *found = nullptr;
        if (!waitUntil(
                [&] {
                    for (Wizard *w : m_window->findChildren<Wizard *>())
                        if (w->isVisible() && w->name() == name && w != m_wizard)
                            found = w;
                    return found != nullptr;
                },
                timeout)) {
            *error = tr("the wizard \"%1\" did not open").arg(name);
            return false;
        }
        if (m_wizard && m_wizard != m_window.get() && m_wizard->isVisible()) {
            m_dialogs->setDiscarding(true);
            m_wizard->close();
            m_dialogs->setDiscarding(false);
        }
        m_wizard = found;
        found->move(0, 0);
        found->resize(Width, Height);
        return true;
    }
    if (action == u"answer") {
        ScenarioDialogs::Answer answer;
        const QJsonValue value = a.value(QStringLiteral("value"));
        if (name == u"confirm") {
            answer.kind = ScenarioDialogs::Kind::Confirm;
            answer.accept = value.toBool();
        } else {
            answer.kind =
                name == u"text" ? ScenarioDialogs::Kind::Text : ScenarioDialogs::Kind::File;
            answer.text = text(value, language);
        }
        m_dialogs->prepare(answer);
        return true;
    }
    if (action == u"readMessage") {
        // The newest Outbox message to a destination; one of its parameters into a variable.
        const QString field = a.value(QStringLiteral("field")).toString();
        const QString purpose = a.value(QStringLiteral("purpose")).toString();
        QString value;
        if (!waitUntil(
                [&] {
                    ListQuery query;
                    query.view = view::Outbox;
                    query.filters.insert(column::Destination, name);
                    query.limit = 20;
                    const Result<ListPage> page = awaitFuture(m_backend->list(query));
                    if (!page.ok())
                        return false;
                    for (int row = 0; row < page->rows.size(); ++row) {
                        const QJsonObject p =
                            QJsonDocument::fromJson(
                                page->value(row, column::Params).toString().toUtf8())
                                .object();
                        if (!purpose.isEmpty() &&
                            p.value(QStringLiteral("purpose")).toString() != purpose)
                            continue;
                        value = p.value(field).toVariant().toString();
                        return !value.isEmpty();
                    }
                    return false;
                },
                timeout)) {
            *error = tr("no message to %1 with \"%2\" in the Outbox").arg(name, field);
            return false;
        }
        m_vars.insert(a.value(QStringLiteral("var")).toString(), value);
        return true;
    }
    if (action == u"lookup") {
        QVariantMap filters;
        const QJsonObject where = a.value(QStringLiteral("where")).toObject();
        for (auto it = where.begin(); it != where.end(); ++it)
            filters.insert(it.key(), it.value().isString()
                                         ? QVariant(substitute(it.value().toString()))
                                         : it.value().toVariant());
        const QVariant value =
            lookupValue(name, filters, {}, a.value(QStringLiteral("column")).toString());
        if (!value.isValid() || value.toString().isEmpty()) {
            *error = tr("nothing found in %1").arg(name);
            return false;
        }
        m_vars.insert(a.value(QStringLiteral("var")).toString(), value);
        return true;
    }
    if (action == u"advanceClock") {
        const auto stepKind = clockStep(name);
        const Result<ClockState> state = awaitFuture(m_backend->advanceClock(*stepKind));
        if (!state.ok()) {
            *error = state.error().toString();
            return false;
        }
        return true;
    }
    if (action == u"show") {
        m_window->showPage(*mainPage(name));
        return true;
    }
    if (action == u"showList") {
        for (auto *view : m_window->findChildren<TabbedListsView *>())
            if (view->isVisible() && view->list(name)) {
                view->showList(name);
                return true;
            }
        *error = tr("no list \"%1\" in the view on screen").arg(name);
        return false;
    }
    *error = tr("unknown action \"%1\"").arg(action);
    return false;
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
    return QRect(target->mapTo(window, QPoint(0, 0)) + offset, target->size());
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
