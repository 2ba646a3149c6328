#!/usr/bin/python3
"""Signs in, creates a token and reads its secret using only what AT-SPI exposes.

Run by run-atspi.sh (which starts Xvfb, the D-Bus and accessibility buses, the server and the
app); needs Debian's python3-pyatspi, so /usr/bin/python3. Nothing here uses coordinates or
synthesised input: controls are found by role and accessible name (line edits by their label,
as a screen reader announces them) and driven through the Action and EditableText interfaces.

Environment: TOKENDESK_PID, the app's process id (to tell it from other AT-SPI applications).
Prints one line per check and a closing "N passed, M failed"; exits 0 only if all passed.
"""

import os
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi  # noqa: E402

TIMEOUT = float(os.environ.get("TOKENDESK_ATSPI_TIMEOUT", "20"))
POLL = 0.1
USERNAME = PASSWORD = "demo"
TOKEN_NAME = f"screen-reader-{os.getpid()}"


class CheckFailed(Exception):
    pass


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what):
        self.passed += 1
        print(f"PASS: {what}", flush=True)

    def fail(self, what, detail):
        self.failed += 1
        print(f"FAIL: {what}\n{detail}", flush=True)

    def summary(self):
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 0 if self.failed == 0 and self.passed > 0 else 1


# --- reading the tree ------------------------------------------------------------------------


def safe(fn, default=None):
    """AT-SPI calls fail when an object goes away under us (a dialog closing): treat as absent."""
    try:
        return fn()
    except Exception:  # GLib.GError, LookupError, D-Bus errors: the object is gone
        return default


def role(acc):
    return safe(acc.getRoleName, "?")


def name(acc):
    return safe(lambda: acc.name, "") or ""


def states(acc):
    state_set = safe(acc.getState)
    if state_set is None:
        return set()
    return {pyatspi.stateToString(s) for s in state_set.getStates()}


def children(acc):
    count = safe(lambda: acc.childCount, 0)
    for i in range(count):
        child = safe(lambda: acc.getChildAtIndex(i))
        if child is not None:
            yield child


def walk(acc, depth=0, max_depth=30):
    """acc and its descendants, depth first."""
    yield acc
    if depth >= max_depth:
        return
    for child in children(acc):
        yield from walk(child, depth + 1, max_depth)


def text_of(acc):
    """The text of a text field, as a screen reader reads it (Text interface)."""
    text = safe(acc.queryText)
    if text is None:
        return None
    return safe(lambda: text.getText(0, -1))


def describe(acc, depth=0, max_depth=12):
    """An indented dump of the tree below acc, for failure messages."""
    lines = []

    def visit(node, level):
        line = "  " * level + f"[{role(node)}] {name(node)!r}"
        interesting = sorted(states(node) & {"showing", "enabled", "focused", "checked",
                                             "editable", "modal"})
        line += f" {{{','.join(interesting)}}}"
        value = text_of(node)
        if value and role(node) in ("text", "password text", "label", "table cell"):
            line += f" text={value[:60]!r}"
        description = safe(lambda: node.description, "")
        if description:
            line += f" description={description[:60]!r}"
        for target in relation_targets(node, pyatspi.RELATION_LABEL_FOR):
            line += f" label-for=[{role(target)}] {name(target)!r}"
        lines.append(line)
        if level - depth < max_depth:
            for child in children(node):
                visit(child, level + 1)

    visit(acc, depth)
    return "\n".join(lines)


def showing(acc):
    return "showing" in states(acc)


def find(root, role_name, acc_name=None, visible=True):
    """The first descendant of root with this role (and name), or None."""
    for acc in walk(root):
        if role(acc) != role_name:
            continue
        if acc_name is not None and name(acc) != acc_name:
            continue
        if visible and not showing(acc):
            continue
        return acc
    return None


def relation_targets(acc, relation_type):
    targets = []
    for relation in safe(acc.getRelationSet, []) or []:
        if safe(relation.getRelationType) == relation_type:
            for i in range(safe(relation.getNTargets, 0)):
                target = safe(lambda: relation.getTarget(i))
                if target is not None:
                    targets.append(target)
    return targets


def field_labelled(root, label_text):
    """The text field the label label_text is for, as a screen reader pairs them: the label's
    LABEL_FOR relation (Qt derives it from the label's buddy)."""
    for label in walk(root):
        if role(label) == "label" and name(label) == label_text and showing(label):
            for target in relation_targets(label, pyatspi.RELATION_LABEL_FOR):
                if role(target) in ("text", "password text") and showing(target):
                    return target
    return None


def readable_anywhere(root, needle):
    """Whether a screen reader can read needle somewhere below root (name, description, text)."""
    for acc in walk(root):
        for value in (name(acc), safe(lambda: acc.description, ""), text_of(acc)):
            if value and needle in value:
                return acc
    return None


# --- waiting ---------------------------------------------------------------------------------


def process_alive(pid):
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
    except OSError:
        return False


class Session:
    def __init__(self, report, pid):
        self.report = report
        self.pid = pid
        self.app = None

    def tree(self):
        if self.app is not None:
            return describe(self.app)
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [f"  [{role(a)}] {name(a)!r} pid={safe(a.get_process_id)}"
                for a in children(desktop)]
        return "AT-SPI applications on the desktop:\n" + ("\n".join(apps) or "  (none)")

    def wait(self, what, probe, timeout=TIMEOUT):
        """Polls probe() until it returns something truthy; on timeout fails with the tree."""
        deadline = time.monotonic() + timeout
        while True:
            result = probe()
            if result:
                return result
            if not process_alive(self.pid):
                raise CheckFailed(f"the app (process {self.pid}) exited while waiting for {what}")
            if time.monotonic() > deadline:
                raise CheckFailed(f"timed out after {timeout:.0f} s waiting for {what}; "
                                  f"the accessibility tree contained:\n{self.tree()}")
            time.sleep(POLL)

    def check(self, what, step):
        """Runs one step; a failure is recorded and ends the workflow (later steps need it)."""
        try:
            result = step()
        except CheckFailed as error:
            self.report.fail(what, str(error))
            raise
        except Exception as error:  # an unexpected AT-SPI error: report it with the tree
            self.report.fail(what, f"{type(error).__name__}: {error}\n{self.tree()}")
            raise CheckFailed(str(error)) from error
        self.report.ok(what)
        return result

    # --- actions ---

    def press(self, button):
        """Invokes the button's press action, as a screen reader's 'activate' does."""
        action = safe(button.queryAction)
        if action is None:
            raise CheckFailed(f"[{role(button)}] {name(button)!r} has no Action interface")
        count = safe(lambda: action.nActions, 0)
        names = [safe(lambda: action.getName(i), "") for i in range(count)]
        for i, action_name in enumerate(names):
            if action_name.lower() in ("press", "click", "activate"):
                if not action.doAction(i):
                    raise CheckFailed(f"doAction({action_name!r}) on {name(button)!r} failed")
                return
        raise CheckFailed(f"[{role(button)}] {name(button)!r} has no press action; it has {names}")

    def fill(self, field, value):
        editable = safe(field.queryEditableText)
        if editable is None:
            raise CheckFailed(f"[{role(field)}] {name(field)!r} is not editable text")
        if not editable.setTextContents(value):
            raise CheckFailed(f"setTextContents on {name(field)!r} failed")

    def enabled_button(self, root, label):
        button = find(root, "push button", label)
        return button if button is not None and "enabled" in states(button) else None


# --- the workflow ----------------------------------------------------------------------------


def top_level(app, role_name, acc_name):
    """A window of the app (Qt puts dialogs directly under the application)."""
    for acc in children(app):
        if role(acc) == role_name and (acc_name is None or name(acc) == acc_name) and showing(acc):
            return acc
    return None


def run(s):
    pid = s.pid
    desktop = pyatspi.Registry.getDesktop(0)

    def find_app():
        for app in children(desktop):
            if safe(app.get_process_id) == pid:
                return app
        return None

    def app_found():
        app = s.wait(f"the application of process {pid} on the AT-SPI desktop", find_app)
        if name(app) != "TokenDesk":
            raise CheckFailed(f"application name is {name(app)!r}, expected 'TokenDesk'")
        # Ask the app on every poll rather than trust libatspi's cache, which is only as fresh
        # as the events it has processed so far.
        app.set_cache_mask(Atspi.Cache.NONE)
        return app

    s.app = s.check("the app is on the AT-SPI desktop as 'TokenDesk'", app_found)
    app = s.app

    login = s.check("the sign-in dialog is announced as 'Sign in to TokenDesk'",
                    lambda: s.wait("dialog 'Sign in to TokenDesk'",
                                   lambda: top_level(app, "dialog", "Sign in to TokenDesk")))

    def fill_labelled(dialog, label, value, expected_role, readable=True):
        field = s.wait(f"a label {label!r} for a text field", lambda: field_labelled(dialog, label))
        if role(field) != expected_role:
            raise CheckFailed(f"{label!r} is a [{role(field)}], expected [{expected_role}]")
        if name(field) != label:  # what is announced when the focus lands in the field
            raise CheckFailed(f"the field labelled {label!r} is named {name(field)!r}")
        s.fill(field, value)
        if readable:
            s.wait(f"{label!r} to read back {value!r}", lambda: text_of(field) == value)
        elif text_of(field) == value:  # Qt exposes no text for a password field: good
            raise CheckFailed(f"{label!r} reads the password back in clear text")
        return field

    s.check("Username: field found by its label and filled",
            lambda: fill_labelled(login, "Username:", USERNAME, "text"))
    s.check("Password: field found by its label, filled, not read back in clear",
            lambda: fill_labelled(login, "Password:", PASSWORD, "password text", readable=False))

    def sign_in():
        button = s.wait("an enabled 'Sign in' button", lambda: s.enabled_button(login, "Sign in"))
        s.press(button)
        s.wait("the sign-in dialog to close",
               lambda: top_level(app, "dialog", "Sign in to TokenDesk") is None)

    s.check("'Sign in' pressed; the dialog closes", sign_in)

    def main_window():
        frame = s.wait("the main window", lambda: top_level(app, "frame", None))

        def page_loaded():  # as a person would: the tokens are listed, nothing is loading
            return (s.enabled_button(frame, "Add token…")
                    and (find(frame, "table", "Tokens") or readable_anywhere(frame, "no tokens yet"))
                    and not find(frame, "progress bar", "Loading"))

        s.wait("the personal tokens page, loaded, with an enabled 'Add token…'", page_loaded)
        return frame

    frame = s.check("the main window lists the tokens and offers 'Add token…'", main_window)

    def open_add():
        s.press(s.wait("an enabled 'Add token…' button",
                       lambda: s.enabled_button(frame, "Add token…")))
        return s.wait("dialog 'Add token'", lambda: top_level(app, "dialog", "Add token"))

    add = s.check("'Add token…' opens the 'Add token' dialog", open_add)

    s.check(f"Name: field found by its label and filled with {TOKEN_NAME!r}",
            lambda: fill_labelled(add, "Name:", TOKEN_NAME, "text"))

    def create():
        button = s.wait("an enabled 'Create' button", lambda: s.enabled_button(add, "Create"))
        s.press(button)

    s.check("'Create' pressed", create)

    reveal_title = f"New token: {TOKEN_NAME}"
    reveal = s.check(f"the reveal dialog is announced as {reveal_title!r}",
                     lambda: s.wait(f"dialog {reveal_title!r}",
                                    lambda: top_level(app, "dialog", reveal_title)))

    def read_secret():
        field = s.wait("a label 'Token:' for a text field",
                       lambda: field_labelled(reveal, "Token:"))
        secret = s.wait("the 'Token:' field to hold a tdk_ secret",
                        lambda: (text_of(field) or "").startswith("tdk_") and text_of(field))
        if len(secret) < 20:
            raise CheckFailed(f"the secret is suspiciously short: {len(secret)} characters")
        return secret

    secret = s.check("the 'Token:' field reads a tdk_ secret", read_secret)

    def copy():
        s.press(s.wait("a 'Copy token' button", lambda: s.enabled_button(reveal, "Copy token")))

    s.check("'Copy token' pressed", copy)

    # The status text itself must reach a screen reader, not just a fixed name.
    s.check("after 'Copy token' the clipboard countdown is readable",
            lambda: s.wait("'clipboard will be cleared' to be readable",
                           lambda: readable_anywhere(reveal, "clipboard will be cleared")))

    def close():
        s.press(s.wait("a 'Close' button", lambda: s.enabled_button(reveal, "Close")))
        # Copied, so no "Close without copying?" question: the dialog just goes.
        s.wait(f"dialog {reveal_title!r} to close",
               lambda: top_level(app, "dialog", reveal_title) is None)
        s.wait("the 'Add token' dialog to close",
               lambda: top_level(app, "dialog", "Add token") is None)

    s.check("'Close' pressed; the reveal dialog closes at once (copied: no question)", close)

    def listed():
        table = s.wait("the 'Tokens' table", lambda: find(frame, "table", "Tokens"))
        return s.wait(f"a table cell {TOKEN_NAME!r}",
                      lambda: find(table, "table cell", TOKEN_NAME))

    s.check(f"the table lists {TOKEN_NAME!r}", listed)

    def secret_gone():
        # The secret was shown once; it must not linger anywhere a screen reader can reach.
        for acc in walk(app):
            if secret in name(acc) or secret in (text_of(acc) or ""):
                raise CheckFailed(f"the secret is still exposed by [{role(acc)}] {name(acc)!r}")

    s.check("the secret is no longer in the accessibility tree", secret_gone)


def main():
    if not os.environ.get("TOKENDESK_PID", "").isdigit():
        raise SystemExit("TOKENDESK_PID must hold the app's process id (see run-atspi.sh)")
    report = Report()
    try:
        run(Session(report, int(os.environ["TOKENDESK_PID"])))
    except CheckFailed:
        pass  # already reported; the summary says how far it got
    return report.summary()


if __name__ == "__main__":
    sys.exit(main())
