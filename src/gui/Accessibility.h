#pragma once

class QFormLayout;
class QLayout;
class QWidget;

namespace oc::gui {

// Gives every field of `form` the accessible name of its label (without '&' and ':'), so
// that read-only value labels and inputs are announced by what they are.
void nameFormFields(QFormLayout *form);
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
