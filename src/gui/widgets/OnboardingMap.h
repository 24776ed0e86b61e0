#pragma once

#include <QAbstractButton>
#include <QHash>
#include <QList>
#include <QStaticText>
#include <QWidget>

#include <functional>

namespace oc::gui {

// The steps of the overall process (flows.md "Home / onboarding map"), in order.
enum class OnboardingStep
{
    SignUp,        // a HUAWEI ID with Huawei Cloud services enabled (W-SIGNUP)
    Authenticate,  // real-name authentication and its review (W-AUTH, R-MKT-1)
    Purchase,      // KooGallery: subscribe to SaaS Edition (W-BUY)
    Organization,  // Joint Operations: organization, members, binding (W-ORG)
    Login,         // unified login (W-LOGIN)
    FeeCenter,     // register or bind a fee-center account (W-REG / W-LOGIN)
    Workspace,     // bind or create a workspace (W-LOGIN)
    Settlement,    // Huawei Cloud account settlement (W-SET)
    StoredValue,   // recharge stored-value cards (W-SVC)
    CloseResource, // cancel on KooGallery, workspaces lock (W-CANCEL)
};

// One step of the map: a focusable, keyboard-activatable tile with its number, title, a
// one-line explanation and a tick when done.
class StepTile : public QAbstractButton
{
    Q_OBJECT
public:
    StepTile(int number, QWidget *parent = nullptr);
    void setTexts(const QString &title, const QString &description);
    void setDone(bool done);
    bool isDone() const { return m_done; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // The height needed at `width`; the tile asks for the height of its narrowest width
    // (measuring wrapped text at every width a layout tries is costly at startup).
    int heightAt(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // Layouts ask for heights at many widths while resizing: measure each width once.
    mutable QHash<int, int> m_heights;
    // Laid-out texts for the current width (painting re-uses them).
    QStaticText m_titleText;
    QStaticText m_descriptionText;
    int m_laidOutWidth = -1;
    int m_number;
    QString m_description;
    bool m_done = false;
};

// The diagram: the six main steps in two rows joined by arrows, and the two later tasks.
class OnboardingMap : public QWidget
{
    Q_OBJECT
public:
    explicit OnboardingMap(QWidget *parent = nullptr);

    StepTile *tile(OnboardingStep step) const { return m_tiles.at(int(step)); }
    void setTexts(OnboardingStep step, const QString &title, const QString &description);
    void setDone(OnboardingStep step, bool done);
    void clearDone();

signals:
    void stepActivated(oc::gui::OnboardingStep step);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<StepTile *> m_tiles;
};

} // namespace oc::gui
