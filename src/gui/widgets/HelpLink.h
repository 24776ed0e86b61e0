#pragma once

#include <QDialog>
#include <QLabel>

namespace oc::gui {

// What an id help explains (seeds 000 "How to obtain…", 001 "How to get the order number").
enum class HelpTopic
{
    AccountId,
    InstanceId,
    OrderId
};

// The illustration of a help topic: a sketch of the Huawei Cloud console page where the
// id is, with a red rounded box around it, drawn with the current language's texts.
class HelpIllustration : public QWidget
{
    Q_OBJECT
public:
    explicit HelpIllustration(HelpTopic topic, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {520, 300}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    HelpTopic m_topic;
};

// "Where do I find this?": the steps and the illustration.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(HelpTopic topic, QWidget *parent = nullptr);
    static QString title(HelpTopic topic);
    static QStringList steps(HelpTopic topic);
};

// A keyboard-reachable "Where do I find this?" link that opens the HelpDialog.
class HelpLink : public QLabel
{
    Q_OBJECT
public:
    explicit HelpLink(HelpTopic topic, QWidget *parent = nullptr);
    HelpTopic topic() const { return m_topic; }
    void open();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    HelpTopic m_topic;
};

} // namespace oc::gui
