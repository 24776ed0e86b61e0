#pragma once

#include "contract/BackendTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace oc::gui {

class AppContext;

// One real-name authentication material (W-AUTH's named uploads): "Choose file…" opens the
// file chooser; the chosen file is read off the GUI thread — its size, first bytes, SHA-256
// and a thumbnail of at most 112x112 pixels — and shown as its thumbnail (or its type, for
// a PDF), name and size. What was read goes to the flow (chosen()), which judges it
// (core/Materials.h); the file itself is not kept.
class MaterialField : public QWidget
{
    Q_OBJECT
public:
    MaterialField(AppContext *context, const QString &slot, QWidget *parent = nullptr);

    QString slot() const { return m_slot; }
    QPushButton *chooseButton() const { return m_choose; }
    // What the field shows (after Back or a resumed draft); nullopt: nothing chosen.
    void display(const std::optional<MaterialUpload> &upload);
    // Reads `path` as if chosen (the chooser's answer).
    void read(const QString &path);
    bool isReading() const { return m_reading; }
    // The title of the file chooser and the accessible name of the button ("Choose the ...").
    void setCaption(const QString &caption);

    // The file read as the backend receives it (slot set); an unreadable file is an empty
    // name with `error` set.
    static MaterialUpload readFile(const QString &path, const QString &slot, QString *error);
    static constexpr int ThumbnailSize = 112;

signals:
    void chosen(const oc::MaterialUpload &upload);
    void unreadable(const QString &fileName, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void choose();
    void retranslate();

    AppContext *m_context;
    QString m_slot;
    QString m_caption;
    QLabel *m_thumbnail;
    QLabel *m_name;
    QPushButton *m_choose;
    std::optional<MaterialUpload> m_shown;
    bool m_reading = false;
    int m_generation = 0;
};

} // namespace oc::gui
