#pragma once

class QFormLayout;
class QWidget;

namespace oc::gui {

// Gives every field of `form` the accessible name of its label (without '&' and ':'), so
// that read-only value labels and inputs are announced by what they are.
void nameFormFields(QFormLayout *form);
// Same for every QFormLayout below `root`.
void nameAllFormFields(QWidget *root);

// Sizes a dialog built around a scrolling form so that the form shows without scrolling
// when it fits a laptop screen (at most 680 pixels high), at least `minWidth` wide.
void fitDialogToForm(QWidget *dialog, QWidget *formContents, int minWidth);

} // namespace oc::gui
