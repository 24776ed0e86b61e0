#include "Dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace oc::gui {

std::unique_ptr<QMessageBox> makeConfirmBox(QWidget *parent, const QString &title,
                                            const QString &text, const QString &acceptLabel,
                                            QPushButton **accept)
{
    auto box = std::make_unique<QMessageBox>(QMessageBox::Question, title, text,
                                             QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("confirmQuestion"));
    *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    (*accept)->setObjectName(QStringLiteral("acceptButton"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(*accept);
    return box;
}

void WidgetDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &acceptLabel, Answered answered)
{
    QPushButton *accept = nullptr;
    QMessageBox *box = makeConfirmBox(parent, title, text, acceptLabel, &accept).release();
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QDialog::finished, box, [box, accept, answered = std::move(answered)] {
        answered(box->clickedButton() == accept);
    });
    box->open();
}

namespace {

void showMessage(QMessageBox::Icon icon, const QString &objectName, QWidget *parent,
                 const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

void WidgetDialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(QMessageBox::Information, QStringLiteral("informBox"), parent, title, text);
}

void WidgetDialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    showMessage(QMessageBox::Warning, QStringLiteral("warningBox"), parent, title, text);
}

void WidgetDialogs::askText(QWidget *parent, const QString &title, const QString &label,
                            TextAnswered answered)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setObjectName(QStringLiteral("askTextDialog"));
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QDialog::finished, dialog, [dialog, answered = std::move(answered)](int result) {
            answered(result == QDialog::Accepted ? dialog->textValue().simplified() : QString());
        });
    dialog->open();
}

void WidgetDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                 const QString &filter, TextAnswered answered)
{
    auto *dialog = new QFileDialog(parent, title, suggested, filter);
    dialog->setObjectName(QStringLiteral("saveFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QDialog::finished, dialog, [dialog, answered = std::move(answered)](int result) {
            const QStringList files = dialog->selectedFiles();
            answered(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

void WidgetDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter,
                                 TextAnswered answered)
{
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setObjectName(QStringLiteral("openFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(
        dialog, &QDialog::finished, dialog, [dialog, answered = std::move(answered)](int result) {
            const QStringList files = dialog->selectedFiles();
            answered(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
        });
    dialog->open();
}

} // namespace oc::gui
