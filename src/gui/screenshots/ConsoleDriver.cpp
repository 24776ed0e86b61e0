#include "ConsoleDriver.h"

#include "InputSimulator.h"
#include "core/ListNames.h"
#include "gui/AppContext.h"
#include "gui/LanguageManager.h"
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

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeZone>
#include <QWizard>

namespace oc::gui {

namespace {

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

ConsoleDriver::ConsoleDriver(LanguageManager *language, BackendFactory factory)
    : m_language(language)
    , m_factory(std::move(factory))
{}

ConsoleDriver::~ConsoleDriver()
{
    close();
}

const QString &ConsoleDriver::operatorName()
{
    static const QString name = QStringLiteral("trainer");
    return name;
}

bool ConsoleDriver::open(const QString &dataDir, bool restart, Dialogs *dialogs,
                         const QString &brand, const QSize &size, QString *error)
{
    close();
    BackendSpec spec;
    spec.demo = true;
    spec.dataDir = dataDir;
    spec.freezeClock = true;
    spec.hashCost = HashCost::Minimum;
    spec.actor = operatorName();
    m_backend = m_factory(spec);
    Status opened = awaitFuture(m_backend->open(), 120000);
    // Every run plays the same story: a demo copy a previous run changed is restored first.
    if (opened.ok() && restart)
        opened = awaitFuture(m_backend->resetDemo(), 120000);
    if (!opened.ok()) {
        *error = tr("the demo data could not be opened: %1").arg(opened.error().toString());
        m_backend.reset();
        return false;
    }
    m_context = std::make_unique<AppContext>(m_backend.get(), m_language, dialogs);
    // The demo's own zone, whatever the machine's.
    m_context->setDisplayZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")).isValid()
                                  ? QTimeZone(QByteArrayLiteral("Asia/Shanghai"))
                                  : QTimeZone(8 * 3600));
    if (!brand.isEmpty())
        m_context->setBrand(brand);
    m_context->setOperatorName(operatorName());
    // The context knows the frozen clock before anything is drawn: a code field's countdown
    // on the first wizard is then the same on every run, however loaded the machine.
    if (const Result<ClockState> clock = awaitFuture(m_backend->clock()); clock.ok())
        m_context->setClock(*clock);
    m_window = std::make_unique<MainWindow>(m_context.get());
    m_window->setAttribute(Qt::WA_DontShowOnScreen, false);
    m_window->move(0, 0);
    m_window->resize(size);
    m_window->show();
    m_window->resize(size);
    m_vars.clear();
    // Files for W-AUTH's uploads (a scenario answers the file chooser with them).
    m_vars.insert(QStringLiteral("samples"),
                  writeSpecimens(QDir(dataDir).filePath(QStringLiteral("samples"))));
    waitUntil([] { return false; }, 50);
    return true;
}

void ConsoleDriver::close()
{
    if (m_scenarioDialogs)
        m_scenarioDialogs->setDiscarding(true);
    m_window.reset();
    m_context.reset();
    m_backend.reset();
    if (m_scenarioDialogs)
        m_scenarioDialogs->setDiscarding(false);
    m_played.clear();
}

bool ConsoleDriver::openEntry(const QJsonObject &open, const QSize &wizardSize, QString *error)
{
    if (open.contains(QStringLiteral("view"))) {
        const auto page = mainPage(open.value(QStringLiteral("view")).toString());
        if (!page) {
            *error = tr("unknown view \"%1\"").arg(open.value(QStringLiteral("view")).toString());
            return false;
        }
        m_window->showPage(*page);
        m_played = m_window.get();
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
    m_played = opened;
    if (!waitUntil([this] { return m_played && m_played->isVisible(); }, 5000)) {
        *error = m_scenarioDialogs && m_scenarioDialogs->hasProblem()
                     ? m_scenarioDialogs->takeProblem()
                     : tr("it did not appear");
        return false;
    }
    if (qobject_cast<QWizard *>(opened) && wizardSize.isValid()) {
        opened->move(0, 0);
        opened->resize(wizardSize);
    }
    return true;
}

QWidget *ConsoleDriver::topDialog() const
{
    // The newest visible dialog that is not the wizard being played: a window whose
    // parent chain holds no other visible dialog on top of it.
    QList<QWidget *> dialogs;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w->isVisible() && qobject_cast<QDialog *>(w) && w != m_played &&
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

QWidget *ConsoleDriver::baseWindow() const
{
    if (m_played && m_played->isVisible() && qobject_cast<QWizard *>(m_played.data()))
        return m_played;
    return m_window.get();
}

QString ConsoleDriver::currentPageName() const
{
    if (auto *wizard = qobject_cast<Wizard *>(m_played.data()))
        return wizard->pageName(wizard->currentId());
    if (m_played)
        return m_played->objectName();
    return {};
}

QWidget *ConsoleDriver::find(const QString &name) const
{
    QList<QWidget *> roots;
    if (QWidget *dialog = topDialog())
        roots << dialog;
    if (m_played && m_played->isVisible())
        roots << m_played;
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

QString ConsoleDriver::substitute(const QString &text) const
{
    static const QRegularExpression var(QStringLiteral("\\$\\{([A-Za-z][A-Za-z0-9_]*)\\}"));
    QString out = text;
    QRegularExpressionMatch match;
    while ((match = var.match(out)).hasMatch())
        out.replace(match.capturedStart(), match.capturedLength(),
                    m_vars.value(match.captured(1)).toString());
    return out;
}

QString ConsoleDriver::text(const QJsonValue &value, const QString &language) const
{
    const auto localized = LocalizedText::fromJson(value);
    return substitute(localized ? localized->in(language) : value.toString());
}

QVariant ConsoleDriver::lookupValue(const QString &view, const QVariantMap &filters,
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

bool ConsoleDriver::waitUntil(const std::function<bool()> &predicate, int timeoutMs)
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

bool ConsoleDriver::showPage(const QString &name)
{
    const auto page = mainPage(name);
    if (page)
        m_window->showPage(*page);
    return page.has_value();
}

DriverStepRun::DriverStepRun(ConsoleDriver &driver, QString language, QSize wizardSize)
    : m_driver(driver)
    , m_language(std::move(language))
    , m_wizardSize(wizardSize)
{}

QWidget *DriverStepRun::find(const QString &name) const
{
    return m_driver.find(name);
}

QAction *DriverStepRun::action(const QString &name) const
{
    for (QWidget *root : {m_driver.baseWindow(), static_cast<QWidget *>(m_driver.window())})
        if (auto *action = root->findChild<QAction *>(name))
            return action;
    return nullptr;
}

bool DriverStepRun::waitUntil(const std::function<bool()> &predicate, int timeoutMs)
{
    return m_driver.waitUntil(predicate, timeoutMs);
}

QString DriverStepRun::substitute(const QString &text) const
{
    return m_driver.substitute(text);
}

QString DriverStepRun::text(const QJsonValue &value) const
{
    return m_driver.text(value, m_language);
}

int DriverStepRun::callsInFlight() const
{
    return m_driver.backend()->callsInFlight();
}

Wizard *DriverStepRun::wizard() const
{
    return qobject_cast<Wizard *>(m_driver.played().data());
}

QWidget *DriverStepRun::playedWindow() const
{
    return m_driver.played().data();
}

QWidget *DriverStepRun::topDialog() const
{
    return m_driver.topDialog();
}

bool DriverStepRun::adoptWizard(const QString &name, int timeoutMs)
{
    Wizard *found = nullptr;
    QPointer<QWidget> &played = m_driver.played();
    if (!waitUntil(
            [&] {
                for (Wizard *w : m_driver.window()->findChildren<Wizard *>())
                    if (w->isVisible() && w->name() == name && w != played)
                        found = w;
                return found != nullptr;
            },
            timeoutMs))
        return false;
    if (played && played != m_driver.window() && played->isVisible()) {
        if (ScenarioDialogs *dialogs = m_driver.scenarioDialogs())
            dialogs->setDiscarding(true);
        played->close();
        if (ScenarioDialogs *dialogs = m_driver.scenarioDialogs())
            dialogs->setDiscarding(false);
    }
    played = found;
    if (m_wizardSize.isValid()) {
        found->move(0, 0);
        found->resize(m_wizardSize);
    }
    return true;
}

void DriverStepRun::prepareAnswer(const ScenarioDialogs::Answer &answer)
{
    if (onAnswer)
        onAnswer(answer);
    else if (ScenarioDialogs *dialogs = m_driver.scenarioDialogs())
        dialogs->prepare(answer);
}

void DriverStepRun::setVariable(const QString &name, const QVariant &value)
{
    m_driver.variables().insert(name, value);
}

Result<ListPage> DriverStepRun::list(const ListQuery &query)
{
    return awaitFuture(m_driver.backend()->list(query));
}

QVariant DriverStepRun::lookupValue(const QString &view, const QVariantMap &filters,
                                    const QString &column)
{
    return m_driver.lookupValue(view, filters, {}, column);
}

Status DriverStepRun::advanceClock(ClockStep step)
{
    const Result<ClockState> state = awaitFuture(m_driver.backend()->advanceClock(step));
    return state.ok() ? okStatus() : Status(state.error());
}

bool DriverStepRun::showPage(const QString &name)
{
    return m_driver.showPage(name);
}

bool DriverStepRun::showList(const QString &name)
{
    for (auto *view : m_driver.window()->findChildren<TabbedListsView *>())
        if (view->isVisible() && view->list(name)) {
            view->showList(name);
            return true;
        }
    return false;
}

} // namespace oc::gui
