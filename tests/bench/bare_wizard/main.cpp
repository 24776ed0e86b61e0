// The baseline of the startup benchmark: the smallest Qt Widgets wizard there is. The
// console's startup (time to first paint, peak memory) is measured against this program.

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {

// Quits the application right after the first paint of the watched widget has been done.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            // Queued, so that the paint being delivered now completes first.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool quitAfterFirstPaint =
        QCoreApplication::arguments().contains(QStringLiteral("--quit-after-first-paint"));

    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Hello"));
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Hello"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("Hello, world."), page));
    wizard.addPage(page);

    QuitAfterFirstPaint quitter;
    if (quitAfterFirstPaint)
        wizard.installEventFilter(&quitter);

    wizard.show();
    return app.exec();
}
