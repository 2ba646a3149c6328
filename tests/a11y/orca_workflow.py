#!/usr/bin/python3
"""What a blind user hears: Orca listens while real key presses drive TokenDesk.

Run by run-orca.sh (through run-atspi.sh, which starts Xvfb, a private D-Bus session with the
accessibility bus, an unlocked keyring and the seeded server). This driver starts openbox, then
Orca with a debug log and no speech synthesizer (Orca still logs every utterance as
"SPEECH OUTPUT: '...'"), then the app; it presses keys with xdotool (XTest, as a keyboard would)
through sign-in, Add token, reveal and copy, the tokens table and delete, and after each step
checks what Orca said. It waits for utterances, never for fixed times, except for short "nothing
more is coming" settles before checks of what must NOT be said.

Environment (from run-atspi.sh): TOKENDESK_APP, TOKENDESK_SERVER_URL, TOKENDESK_APP_LOG,
TOKENDESK_TEST_SANDBOX. Prints one line per check and "N passed, M failed"; exit 0 only if all
passed. TOKENDESK_ORCA_TRANSCRIPT=FILE also writes everything spoken, step by step, to FILE.
"""

import os
import re
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
import pyatspi  # noqa: E402
from gi.repository import Atspi  # noqa: E402

TIMEOUT = float(os.environ.get("TOKENDESK_ORCA_TIMEOUT", "20"))
SETTLE = 1.0  # seconds without new speech after which a step counts as finished
TOKEN_NAME = "orca check"
PASSWORD = "demo"

# Runs /usr/bin/orca's own main() without its "another Orca is running" refusal (other test runs
# as the same user, e.g. root in CI), with a line-buffered debug log (so the driver can follow
# it) and without any speech synthesizer: speech.init() finds none, and speak() still logs.
ORCA_LAUNCHER = r"""
import builtins, sys
code = compile(open('/usr/bin/orca').read(), '/usr/bin/orca', 'exec')
g = {'__name__': 'orca_launcher', '__file__': '/usr/bin/orca'}
exec(code, g)
g['otherOrcas'] = lambda: []
g['open'] = lambda path, mode='r': builtins.open(path, mode, buffering=1)
import orca.settings, orca.speech
def no_synthesizer(*args):
    raise RuntimeError('no speech synthesizer in tests')
orca.speech._initSpeechServer = no_synthesizer
orca.settings.speechFactoryModules = []
sys.argv = ['orca'] + sys.argv[1:]
sys.exit(g['main']())
"""


class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.limits = 0

    def known(self, ok, what, detail=""):
        """A Qt 6.4 limit the app cannot work around: reported, not counted as a failure."""
        self.limits += 0 if ok else 1
        print(f"{'PASS' if ok else 'KNOWN LIMIT (Qt 6.4)'}: {what}"
              + (f"\n  {detail}" if detail and not ok else ""), flush=True)
        return ok

    def check(self, ok, what, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS: {what}", flush=True)
        else:
            self.failed += 1
            print(f"FAIL: {what}" + (f"\n  {detail}" if detail else ""), flush=True)
        return ok


class Speech:
    """Follows Orca's debug log: every SPEECH OUTPUT utterance, in order."""

    # "SPEECH OUTPUT: 'text'", then maybe " voice=NAME" and the voice settings "{...}".
    LINE = re.compile(r"SPEECH OUTPUT: '(.*)'(?: voice=\w+)? ?(?:\{.*\})?$", re.S)

    def __init__(self, path):
        self.path = path
        self.offset = 0
        self.partial = ""
        self.pending = None
        self.utterances = []

    def poll(self):
        try:
            with open(self.path, encoding="utf-8", errors="replace") as log:
                log.seek(self.offset)
                data = log.read()
                self.offset = log.tell()
        except OSError:
            return
        data = self.partial + data
        lines = data.split("\n")
        self.partial = lines.pop()
        for line in lines:
            # An utterance may span lines (a message box's text): collect until its end.
            if self.pending is not None:
                line = self.pending + "\n" + line
                self.pending = None
            elif "SPEECH OUTPUT: '" not in line:
                continue
            match = self.LINE.search(line)
            if match:
                self.utterances.append(re.sub(r"\s*\n\s*", " ", match.group(1)))
            elif re.match(r"^\S", line.split("\n")[-1]) and "\n" in line:
                continue  # a new log entry began: give up on this one
            else:
                self.pending = line

    def since(self, mark):
        self.poll()
        return self.utterances[mark:]

    def mark(self):
        self.poll()
        return len(self.utterances)


def process_alive(proc):
    return proc.poll() is None


class Driver:
    def __init__(self, report):
        self.report = report
        self.sandbox = os.environ["TOKENDESK_TEST_SANDBOX"]
        self.log_path = os.path.join(self.sandbox, "orca-debug.log")
        self.speech = Speech(self.log_path)
        self.procs = []
        self.app = None
        self.transcript = []

    # --- processes ---

    def start(self, args, log_name, **kwargs):
        out = open(os.path.join(self.sandbox, log_name), "w")
        proc = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, **kwargs)
        self.procs.append(proc)
        return proc

    def stop_all(self):
        for proc in reversed(self.procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in reversed(self.procs):
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    def wait_until(self, what, probe, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            result = probe()
            if result:
                return result
            for proc in self.procs:
                if proc.poll() is not None and proc is not getattr(self, "_may_exit", None):
                    raise RuntimeError(f"{proc.args[0]} exited ({proc.returncode}) while "
                                       f"waiting for {what}")
            if time.monotonic() > deadline:
                return None
            time.sleep(0.05)

    def start_desktop(self):
        self.start(["openbox", "--sm-disable"], "openbox.log")
        ok = self.wait_until("openbox", lambda: subprocess.run(
            ["xdotool", "get_desktop"], capture_output=True).returncode == 0)
        if not ok:
            raise RuntimeError("openbox did not start")
        prefs = os.path.join(self.sandbox, "orca-prefs")
        os.makedirs(prefs, exist_ok=True)
        self.start(["/usr/bin/python3", "-c", ORCA_LAUNCHER, "--user-prefs", prefs,
                    "--debug-file", self.log_path], "orca.out")
        if not self.wait_until("Orca", lambda: "Screen reader on." in self.speech.since(0),
                               timeout=60):
            raise RuntimeError("Orca did not say 'Screen reader on.'")

    def start_app(self):
        log = open(os.environ["TOKENDESK_APP_LOG"], "w")
        self.app = subprocess.Popen([os.environ["TOKENDESK_APP"], "--server",
                                     os.environ["TOKENDESK_SERVER_URL"]],
                                    stdout=log, stderr=subprocess.STDOUT)
        self.procs.append(self.app)

    # --- keys and speech ---

    def keys(self, *keys):
        subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)

    def type(self, text):
        subprocess.run(["xdotool", "type", "--delay", "60", text], check=True)

    def step(self, title, action, until=None, settle=True):
        """Runs action (key presses); waits until something spoken matches until (a regex), then
        until nothing more is said for SETTLE seconds. Returns the utterances of the step.

        Orca's echo of the pressed key ('left shift ', 'tab ') never counts for until: it comes
        at once, and on a loaded machine (CI runs three suites and a build beside this one) the
        app's answer can come more than SETTLE later, so until=r"." would end the step early."""
        mark = self.speech.mark()
        action()
        if until is not None:
            self.wait_until(f"Orca to say {until!r}",
                            lambda: any(re.search(until, u) for u in self.speech.since(mark)
                                        if not is_key_echo(u)))
        if settle:
            self.settle(mark)
        spoken = self.speech.since(mark)
        self.transcript.append((title, spoken))
        print(f"--- {title}: Orca said:", flush=True)
        for utterance in spoken:
            print(f"      {utterance!r}", flush=True)
        return spoken

    def settle(self, mark):
        last_count, quiet_since = -1, time.monotonic()
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            count = len(self.speech.since(mark))
            if count != last_count:
                last_count, quiet_since = count, time.monotonic()
            elif time.monotonic() - quiet_since >= SETTLE:
                return
            time.sleep(0.05)

    # --- checks ---

    def expect(self, spoken, pattern, what):
        text = " | ".join(spoken)
        return self.report.check(re.search(pattern, text) is not None, what,
                                 f"expected {pattern!r} in: {text!r}")

    def expect_known(self, spoken, pattern, what):
        text = " | ".join(spoken)
        return self.report.known(re.search(pattern, text) is not None, what,
                                 f"expected {pattern!r} in: {text!r}")

    def forbid(self, spoken, pattern, what):
        text = " | ".join(spoken)
        found = re.search(pattern, text)
        return self.report.check(found is None, what,
                                 f"{found.group(0)!r} was said: {text!r}" if found else "")

    # --- the accessibility tree, for what speech alone cannot tell ---

    def app_accessible(self):
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            try:
                if app is not None and app.get_process_id() == self.app.pid:
                    app.set_cache_mask(Atspi.Cache.NONE)
                    return app
            except Exception:
                continue
        return None

    def dialog(self, title):
        app = self.app_accessible()
        if app is None:
            return None
        for i in range(app.childCount):
            child = app.getChildAtIndex(i)
            try:
                if child.getRoleName() == "dialog" and child.name == title and \
                        child.getState().contains(pyatspi.STATE_SHOWING):
                    return child
            except Exception:
                continue
        return None

    def secret_in(self, dialog):
        """The text of the revealed token (the field labelled 'Token:')."""
        stack = [dialog]
        while stack:
            acc = stack.pop()
            try:
                if acc.getRoleName() == "text":
                    text = acc.queryText().getText(0, -1)
                    if text.startswith("tdk_"):
                        return text
                stack.extend(acc.getChildAtIndex(i) for i in range(acc.childCount))
            except Exception:
                continue
        return None


# Orca's key echo: the key's name in lower case, then a space ('left shift ', 'escape ').
KEY_ECHO = re.compile(r"[a-z]+(?: [a-z]+)* ")


def is_key_echo(utterance):
    return KEY_ECHO.fullmatch(utterance) is not None


def single_characters(spoken, chars):
    """Utterances that are exactly one of chars: a typed character echoed."""
    return [u for u in spoken if u.strip() in chars and len(u.strip()) == 1]


def run(d):
    r = d.report
    d.start_desktop()
    r.check(True, "openbox and Orca started; Orca said 'Screen reader on.'")

    # --- sign-in ---
    spoken = d.step("app starts", d.start_app, until=r"Sign in to TokenDesk")
    r.check(d.dialog("Sign in to TokenDesk") is not None, "the sign-in dialog is open")
    d.expect(spoken, r"Sign in to TokenDesk dialog", "the sign-in dialog is announced by title")
    d.expect(spoken, r"Server: text", "the focus starts in the Server field, by its label")
    # Qt 6.4 reports a line edit's line one character short (its line boundary).
    d.expect_known(spoken, re.escape(os.environ["TOKENDESK_SERVER_URL"]) + r"\b",
                   "the server URL is read in full")
    d.forbid(spoken, r"layered pane", "no 'layered pane' noise when the sign-in dialog opens")
    spoken = d.step("Tab to the empty Username field", lambda: d.keys("Tab"), until=r"Username")
    d.expect(spoken, r"Username", "Tab: the empty Username field is announced by its label")

    d.step("types the username", lambda: d.type("demo"))
    spoken = d.step("Tab to the password field", lambda: d.keys("Tab"), until=r"Password")
    d.expect(spoken, r"Password.*password text", "Tab: 'Password: password text'")
    spoken = d.step("types the password", lambda: d.type(PASSWORD))
    echoed = single_characters(spoken, set(PASSWORD))
    r.check(not echoed, "the typed password is not echoed character by character",
            f"echoed: {echoed!r}")
    d.forbid(spoken, PASSWORD, "the password is not spoken")

    spoken = d.step("Enter signs in", lambda: d.keys("Return"), until=r"Personal tokens")
    r.check(d.wait_until("the sign-in dialog to close",
                         lambda: d.dialog("Sign in to TokenDesk") is None),
            "Enter signs in; the dialog closes")
    d.expect(spoken, r"Personal tokens", "after sign-in the page 'Personal tokens' is spoken")
    d.forbid(spoken, r"combo box", "after sign-in the focus is not on the Account combo box")
    d.forbid(spoken, r"layered pane", "no 'layered pane' noise after sign-in")

    # --- Add token ---
    spoken = d.step("Ctrl+N opens Add token", lambda: d.keys("ctrl+n"), until=r"Add token dialog")
    d.expect(spoken, r"Add token dialog", "Ctrl+N: 'Add token dialog'")
    d.expect(spoken, r"Name", "the empty, focused Name field is announced by its label")
    d.forbid(spoken, r"Expires|\d\d:\d\d", "the dialog's announcement has no ticking clock")
    d.forbid(spoken, r"layered pane", "no 'layered pane' noise when Add token opens")
    d.step("types the token name", lambda: d.type(TOKEN_NAME))

    order = []
    for _ in range(8):
        spoken = d.step("Tab", lambda: d.keys("Tab"), until=r".")
        said = " | ".join(spoken)
        order.append(said)
        if re.search(r"Create", said):
            break
    d.expect([order[0]], r"Owner.*combo box", "Tab: the Owner combo box by its label")
    d.expect([order[0]], r"Me \(demo\)", "the Owner combo box speaks its value")
    d.expect(order[1:2], r"Expiry.*combo box", "Tab: the Expiry combo box by its label")
    d.expect(order[1:2], r"\d+ days", "the Expiry combo box speaks its value")
    joined = " || ".join(order)
    positions = [joined.find(s) for s in ("Scope read", "Scope write", "Create")]
    r.check(all(p >= 0 for p in positions) and positions == sorted(positions),
            "Tab order: Scope read, then Scope write, then Create", f"heard: {order!r}")
    d.expect([joined], r"Scope read check box checked", "the read scope says it is checked")
    d.forbid(order, r"layered pane", "no 'layered pane' noise while tabbing the dialog")

    # --- reveal ---
    spoken = d.step("Create (Enter)", lambda: d.keys("Return"), until=r"New token")
    # Orca 43 handles the dialog's window:activate after the focus event of its button (Qt
    # sends them in that order when one dialog replaces another) and then skips the title.
    d.expect_known(spoken, rf"New token: {TOKEN_NAME}", "the reveal dialog is announced by title")
    d.expect(spoken, r"Copy your token now", "the reveal dialog's warning is spoken")
    d.expect(spoken, r"Copy token push button", "the focus is on 'Copy token'")
    reveal = d.dialog(f"New token: {TOKEN_NAME}")
    secret = d.secret_in(reveal) if reveal else None
    r.check(secret is not None, "the reveal dialog shows a tdk_ secret")
    if secret:
        echoed = [u for u in spoken if 1 <= len(u.strip()) <= 2 and u.strip() in secret]
        r.check(not echoed, "the secret is not spoken character by character", repr(echoed))

    spoken = d.step("Space on 'Copy token'", lambda: d.keys("space"),
                    until=r"clipboard will be cleared")
    d.expect(spoken, r"Copied\. The clipboard will be cleared in \d+ s",
             "the copy is announced: 'Copied. The clipboard will be cleared in N s'")
    # The countdown ticks every second: a further announcement within 2.5 s would be a tick.
    mark = d.speech.mark()
    time.sleep(2.5)
    ticks = [u for u in d.speech.since(mark) if "clipboard" in u]
    r.check(not ticks, "the countdown is not re-announced as it ticks", repr(ticks))

    spoken = []
    for _ in range(3):
        spoken = d.step("Shift+Tab", lambda: d.keys("shift+Tab"), until=r".")
        if re.search(r"Token:", " | ".join(spoken)):
            break
    d.expect(spoken, r"Token: read only text", "Shift+Tab reaches the Token field, by its label")
    if secret:
        r.check(any(secret[:-1] in u for u in spoken), "the secret is read out",
                f"secret {secret!r}, heard {spoken!r}")
        # Qt 6.4's line boundary again: the last character is missing.
        r.known(any(re.search(re.escape(secret) + r"\b", u) for u in spoken),
                "the whole secret is read, not one character short",
                f"secret {secret!r}, heard {spoken!r}")

    spoken = d.step("Escape closes the reveal dialog", lambda: d.keys("Escape"),
                    until=r"TokenDesk|Personal tokens|push button|table")
    r.check(d.wait_until("the reveal dialog to close",
                         lambda: d.dialog(f"New token: {TOKEN_NAME}") is None),
            "Escape closes the reveal dialog (copied: no question)")

    # --- the tokens table ---
    heard_table = None
    for _ in range(6):
        spoken = d.step("Shift+Tab", lambda: d.keys("shift+Tab"), until=r".")
        if re.search(r"table|Tokens", " | ".join(spoken)):
            heard_table = spoken
            break
    r.check(heard_table is not None, "Shift+Tab reaches the Tokens table")
    if heard_table:
        d.expect(heard_table, r"Tokens", "the table is announced by its name")
    if heard_table:
        d.expect(heard_table, TOKEN_NAME, "on focus the table speaks its current row")

    spoken = d.step("Tab leaves the table", lambda: d.keys("Tab"), until=r".")
    d.expect(spoken, r"push button|combo box|text|list", "one Tab moves out of the table")
    d.forbid(spoken, r"table cell|cell", "Tab does not move cell by cell")
    spoken = d.step("Shift+Tab back into the table", lambda: d.keys("shift+Tab"), until=r".")
    d.expect(spoken, TOKEN_NAME, "back in the table its current row is spoken")

    spoken = d.step("Ctrl+Tab leaves the table", lambda: d.keys("ctrl+Tab"), until=r"button")
    d.expect(spoken, r"push button", "Ctrl+Tab moves out of the table too")
    d.forbid(spoken, r"column header|table cell", "Ctrl+Tab does not move cell by cell")
    spoken = d.step("Shift+Tab back into the table", lambda: d.keys("shift+Tab"), until=r"Tokens")

    # --- delete ---
    d.step("Ctrl+End, Home: selects the last row", lambda: d.keys("ctrl+End", "Home"))
    spoken = d.step("Delete asks", lambda: d.keys("Delete"), until=r"Delete token")
    d.expect(spoken, r"alert Delete token\?", "the confirmation is announced by its title")
    d.expect(spoken, rf'Delete "{TOKEN_NAME}"', "the confirmation names the token")
    d.expect(spoken, r"cannot be undone", "the confirmation says it cannot be undone")
    d.expect(spoken, r"Cancel push button", "the focus is on Cancel")
    spoken = d.step("Alt+D deletes", lambda: d.keys("alt+d"), until=r".")
    r.check(d.wait_until("the confirmation to close", lambda: d.dialog("Delete token?") is None),
            "Alt+D confirms and the box closes")

    # --- the Account combo box ---
    heard_combo = None
    for _ in range(10):
        spoken = d.step("Shift+Tab", lambda: d.keys("shift+Tab"), until=r".")
        if re.search(r"Account: combo box", " | ".join(spoken)):
            heard_combo = spoken
            break
    r.check(heard_combo is not None, "Shift+Tab reaches the Account combo box")
    if heard_combo:
        d.expect(heard_combo, r"demo on 127\.0\.0\.1", "the Account combo box speaks its value")
        spoken = d.step("Down in the Account box", lambda: d.keys("Down"))
        d.forbid(spoken, r"combo box", "Down keeps the focus in the Account box")
        r.check(d.dialog("Sign in to TokenDesk") is None,
                "Down in the Account box opens no sign-in dialog")
        d.forbid(spoken, r"Sign in to TokenDesk", "Down in the Account box changes nothing")


def main():
    report = Report()
    driver = Driver(report)
    status = 1
    try:
        run(driver)
    except Exception as error:  # a step that cannot continue: report how far it got
        report.check(False, "the workflow ran to the end", f"{type(error).__name__}: {error}")
        for name in ("orca.out", "orca-debug.log"):
            try:
                with open(os.path.join(driver.sandbox, name), errors="replace") as log:
                    print(f"--- {name} (last 30 lines)\n" + "".join(log.readlines()[-30:]))
            except OSError:
                pass
    finally:
        driver.stop_all()
        keep = os.environ.get("TOKENDESK_ORCA_DEBUG_LOG")  # a copy of Orca's whole debug log
        if keep and os.path.exists(driver.log_path):
            with open(driver.log_path, "rb") as src, open(keep, "wb") as dst:
                dst.write(src.read())
        path = os.environ.get("TOKENDESK_ORCA_TRANSCRIPT")
        if path:
            with open(path, "w") as out:
                for title, spoken in driver.transcript:
                    out.write(f"## {title}\n" + "".join(f"- {u}\n" for u in spoken))
        print(f"{report.passed} passed, {report.failed} failed, "
              f"{report.limits} known Qt 6.4 limits", flush=True)
        status = 0 if report.failed == 0 and report.passed > 0 else 1
    return status


if __name__ == "__main__":
    sys.exit(main())
