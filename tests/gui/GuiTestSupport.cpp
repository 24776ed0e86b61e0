#include "GuiTestSupport.h"

#include "gui/AccessibilityCheck.h"
#include "gui/ConsoleStyle.h"
#include "gui/views/ListViewWidget.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QToolButton>

namespace oc::test {

GuiFixture::GuiFixture(const Decorate &decorate)
    : decorator(decorate ? decorate(backend.backend.get()) : nullptr)
    , context(decorator ? decorator.get() : backend.backend.get(), &language, &dialogs)
{
    gui::applyConsoleStyle(*qApp);
    context.setDisplayZone(QTimeZone(8 * 3600));
    // The wizard tests run once per language (tests/CMakeLists.txt); snapshots check fit.
    const QString testLanguage = qEnvironmentVariable("OC_TEST_LANGUAGE");
    if (!testLanguage.isEmpty() && !language.setLanguage(testLanguage))
        qFatal("OC_TEST_LANGUAGE=%s is not a supported language", qPrintable(testLanguage));
    window = std::make_unique<gui::MainWindow>(&context);
    window->resize(1024, 720);
    window->show();
}

GuiFixture::~GuiFixture()
{
    window.reset();
    language.setLanguage(QStringLiteral("en"));
}

void snapshot(QWidget *widget, const QString &name)
{
    // The fit is checked once the layout has settled: a widget just shown or refilled (a
    // toolbar appearing, a picker refilled after a change the remote backend's feed told
    // late) gets its room from a posted relayout, which under load may come a few event
    // loop turns later. Text that still does not fit after a second fails below.
    QCoreApplication::processEvents();
    waitFor([widget] { return clippedWidgets(widget).isEmpty(); }, 1000);
    const QString dir = qEnvironmentVariable("OC_SNAPSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    const QStringList clipped = clippedWidgets(widget);
    if (!clipped.isEmpty())
        QTest::qFail(
            qPrintable(QStringLiteral("%1 (%2): text does not fit: %3")
                           .arg(name, QLocale().name(), clipped.join(QStringLiteral("; ")))),
            __FILE__, __LINE__);
    // What a screen reader or an automation client would miss (issue 16).
    const QStringList inaccessible = gui::accessibilityProblems(widget);
    if (!inaccessible.isEmpty())
        QTest::qFail(
            qPrintable(QStringLiteral("%1 (%2): accessibility: %3")
                           .arg(name, QLocale().name(), inaccessible.join(QStringLiteral("; ")))),
            __FILE__, __LINE__);
}

QString inTestLanguage(const QString &english, const QString &chinese)
{
    return qEnvironmentVariable("OC_TEST_LANGUAGE") == u"zh_CN" ? chinese : english;
}

bool waitFor(const std::function<bool()> &predicate, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!predicate()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(5);
    }
    return true;
}

QVariantMap findRow(Backend *backend, const QString &view, const QString &key,
                    const QVariant &value)
{
    ListQuery query;
    query.view = view;
    query.filters.insert(key, value);
    query.limit = 1;
    const Result<ListPage> page = await(backend->list(query));
    if (!page.ok() || page->rows.isEmpty())
        return {};
    return page->record(0);
}

QString accountIdOf(Backend *backend, const QString &loginId)
{
    ListQuery query;
    query.view = view::HuaweiAccounts;
    query.search = loginId;
    query.limit = 50;
    const Result<ListPage> page = await(backend->list(query));
    if (page.ok())
        for (int row = 0; row < page->rows.size(); ++row)
            if (page->value(row, column::LoginId).toString() == loginId)
                return page->value(row, column::AccountId).toString();
    return {};
}

QVariantMap latestMessageTo(Backend *backend, const QString &destination)
{
    ListQuery query;
    query.view = view::Outbox;
    query.filters.insert(column::Destination, destination);
    query.limit = 1;
    const Result<ListPage> page = await(backend->list(query));
    if (!page.ok() || page->rows.isEmpty())
        return {};
    return QJsonDocument::fromJson(page->value(0, column::Params).toString().toUtf8())
        .object()
        .toVariantMap();
}

void type(QWidget *parent, const char *objectName, const QString &text)
{
    auto *edit = parent->findChild<QLineEdit *>(QString::fromLatin1(objectName));
    QVERIFY2(edit, objectName);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void clickWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->text()));
    QTest::mouseClick(button, Qt::LeftButton);
}

QString specimen(const QTemporaryDir &dir, const QString &name, const char *format)
{
    QImage image(800, 520, QImage::Format_RGB32);
    image.fill(QColor(222, 232, 244));
    const QString path = dir.filePath(name);
    image.save(path, format);
    return path;
}

void chooseMaterial(GuiFixture &f, QWidget *page, const char *slot, const QString &path)
{
    f.dialogs.openFileAnswer = path;
    auto *button =
        page->findChild<QPushButton *>(QString::fromLatin1(slot) + QStringLiteral("Button"));
    QVERIFY2(button, slot);
    QTest::mouseClick(button, Qt::LeftButton);
    auto *name = page->findChild<QLabel *>(QString::fromLatin1(slot) + QStringLiteral("FileName"));
    QVERIFY2(name, slot);
    const QString fileName = QFileInfo(path).fileName();
    QVERIFY(waitFor([&] { return name->text().contains(fileName); }));
}

gui::ReviewQueueView *selectInReviewQueue(gui::MainWindow &window, qint64 id)
{
    window.showPage(gui::MainWindow::Page::ReviewQueue);
    gui::ReviewQueueView *queue = window.reviewQueueView();
    queue->list()->selectWhere(QStringLiteral("authenticationId"), id);
    const bool selected =
        waitFor([&] { return queue->current() && queue->current()->authenticationId == id; });
    return selected ? queue : nullptr;
}

QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus ||
            !widget->isEnabled())
            continue;
        // Viewports and internal parts of composite widgets are announced by their owner.
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            offenders << QStringLiteral("%1(%2)").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return offenders;
}

} // namespace oc::test
