#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace oc::gui {

class AppContext;

// "Download template…" beside an upload whose document starts from a template (W-REAUTH's
// application forms and statement): asks where to save it, writes it off the GUI thread and
// says where it went (or why it could not) under the button.
class TemplateDownload : public QWidget
{
    Q_OBJECT
public:
    struct File
    {
        QString name; // the name offered in the save dialog
        QByteArray content;
    };
    using Make = std::function<File()>;

    TemplateDownload(AppContext *context, Make make, QWidget *parent = nullptr);

    QPushButton *button() const { return m_button; }
    QLabel *status() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void download();
    void retranslate();

    AppContext *m_context;
    Make m_make;
    QPushButton *m_button;
    QLabel *m_status;
    QString m_savedTo; // the last saved path, said again after a language change
    QString m_error;
};

} // namespace oc::gui
