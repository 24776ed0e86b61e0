#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QLayout;
class QWidget;

namespace oc::gui {

// Gives every field of `form` the accessible name of its label (without '&' and ':'), so
// that read-only value labels and inputs are announced by what they are; a value label
// still exposes what it shows (exposeLabelValue), an editable combo box's text box is
// named too.
void nameFormFields(QFormLayout *form);
// A label whose accessible name is its caption ("Cash balance") exposes the text it shows
// ("¥1,200.00") as its accessible value and description, kept current as the text changes.
void exposeLabelValue(QLabel *label);
// What a label shows, as plain text (rich text without its markup).
QString shownText(const QLabel *label);
// The accessible name a label gives its buddy: the label's text without '&' and colons.
QString captionOf(const QLabel *label);
// Same for every QFormLayout below `root`.
void nameAllFormFields(QWidget *root);

// Sizes a dialog built around a scrolling form so that the form shows without scrolling
// when it fits a laptop screen (at most 680 pixels high), at least `minWidth` wide, and
// widens it later whenever the form needs more width (it never scrolls sideways).
void fitDialogToForm(QWidget *dialog, QWidget *formContents, int minWidth);

// Shows or hides the row of `form` that holds `field` (a widget or a layout): taken out of
// the form and put back at its place (FormRows), its widgets hidden and shown. Not
// QFormLayout::setRowVisible (Qt 6.4): a row it hid stays out of the layout when one of
// its widgets is shown again (an error label then draws over the form's top left corner);
// nor the widgets' visibility alone: the height-for-width rows after a hidden row can
// collapse to nothing (FormRows says why).
void showFormRow(QFormLayout *form, QWidget *field, bool shown);
void showFormRow(QFormLayout *form, QLayout *field, bool shown);

} // namespace oc::gui
