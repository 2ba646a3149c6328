#pragma once

// What the app tells screen readers beyond Qt's defaults, for Qt 6.4's AT-SPI bridge:
// - QStackedWidget is exposed as an unnamed grouping (Orca skips it) instead of an unnamed
//   "layered pane" that Orca announces on every focus move into it;
// - an Announcement is exposed as a notification, which Orca speaks when it is shown;
// - text, caret and selection events of password fields are not forwarded (Qt 6.4 puts the
//   typed characters into them, and Orca speaks them; the caret event also keeps Orca from
//   announcing the field when Tab reaches it).
// - caret and selection events of a line edit that arrive before its focus event are dropped
//   (Orca would otherwise not announce the field that Tab reached).
// Call install() once, after the QApplication exists and before the first window is shown.
class AccessibleRoles
{
public:
    static void install();

    AccessibleRoles() = delete;
};
