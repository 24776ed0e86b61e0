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

bool WidgetDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &acceptLabel)
{
    QPushButton *accept = nullptr;
    const std::unique_ptr<QMessageBox> box =
        makeConfirmBox(parent, title, text, acceptLabel, &accept);
    box->exec();
    return box->clickedButton() == accept;
}

void WidgetDialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

void WidgetDialogs::warn(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString WidgetDialogs::askText(QWidget *parent, const QString &title, const QString &label)
{
    bool ok = false;
    const QString text =
        QInputDialog::getText(parent, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text.simplified() : QString();
}

QString WidgetDialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggested,
                                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace oc::gui
