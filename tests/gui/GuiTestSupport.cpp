#include "GuiTestSupport.h"

#include <QAccessible>
#include <QApplication>
#include <QElapsedTimer>

namespace oc::test {

GuiFixture::GuiFixture()
    : context(backend.backend.get(), &language, &dialogs)
{
    context.setDisplayZone(QTimeZone(8 * 3600));
    window = std::make_unique<gui::MainWindow>(&context);
    window->resize(1024, 720);
    window->show();
}

GuiFixture::~GuiFixture()
{
    window.reset();
    language.setLanguage(QStringLiteral("en"));
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

QStringList unnamedFocusableWidgets(QWidget *root)
{
    QStringList offenders;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus || !widget->isEnabled())
            continue;
        // Viewports and internal parts of composite widgets are announced by their owner.
        if (widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (name.trimmed().isEmpty())
            offenders << QStringLiteral("%1(%2)").arg(QString::fromLatin1(widget->metaObject()->className()),
                                                      widget->objectName());
    }
    return offenders;
}

} // namespace oc::test
