#pragma once

class QFormLayout;
class QWidget;

namespace oc::gui {

// Gives every field of `form` the accessible name of its label (without '&' and ':'), so
// that read-only value labels and inputs are announced by what they are.
void nameFormFields(QFormLayout *form);
// Same for every QFormLayout below `root`.
void nameAllFormFields(QWidget *root);

} // namespace oc::gui
