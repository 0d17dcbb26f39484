#!/usr/bin/python3
"""Reads KneeTriage through AT-SPI, as a screen reader on a Linux desktop does.

Starts the program (its path is the first argument) on the X display and session bus this
process was given, finds it in the AT-SPI registry, and checks what an assistive technology is
told: the notice that this is not a diagnosis is readable; every control on screen that a user
can act on has a name; pressing "Start a new check" through the accessibility interface (not
the mouse) brings a question whose answers are named. Exits 1 with every problem found."""

import os
import subprocess
import sys
import tempfile
import time

import pyatspi

ACTIONABLE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_TEXT, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_LINK, pyatspi.ROLE_PAGE_TAB,
}


def wait_for(what, find, program, seconds=20.0):
    """What `find` returns once it is something; fails at once if the program has exited."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if program.poll() is not None:
            raise SystemExit(f"atspi_smoke: the program exited with {program.returncode} "
                             f"while waiting for {what}")
        found = find()
        if found:
            return found
        time.sleep(0.2)
    raise SystemExit(f"atspi_smoke: timed out after {seconds:.0f} s waiting for {what}")


def application():
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == "KneeTriage":
            return app
    return None


def showing(node, depth=0):
    """Every node on screen under `node`, as (role, name, node)."""
    if node is None or depth > 60:
        return
    try:
        states = node.getState()
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        yield node.getRole(), node.name or "", node
        for i in range(node.childCount):
            yield from showing(node.getChildAtIndex(i), depth + 1)
    except Exception:  # a node that went away while being read: a screen reader skips it too
        return


def unnamed(frame):
    return [f"{node.getRoleName()} in {node.parent.getRoleName() if node.parent else '?'}"
            for role, name, node in showing(frame) if role in ACTIONABLE and not name.strip()]


def main():
    program = sys.argv[1]
    home = tempfile.mkdtemp(prefix="kt-atspi-")
    env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=f"{home}/.config",
               XDG_DATA_HOME=f"{home}/.local/share", QT_QPA_PLATFORM="xcb",
               QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    app_process = subprocess.Popen([program], env=env)
    problems = []
    try:
        app = wait_for("KneeTriage in the AT-SPI registry", application, app_process)
        frame = wait_for("its window", lambda: next(
            (n for r, _, n in showing(app) if r == pyatspi.ROLE_FRAME), None), app_process)
        home_page = list(showing(frame))
        texts = " ".join(name for _, name, _ in home_page)
        if "not a diagnosis" not in texts.lower():
            problems.append("home: the 'not a diagnosis' notice is not readable")
        problems += [f"home: unnamed {what}" for what in unnamed(frame)]
        start = next((n for r, name, n in home_page
                      if r == pyatspi.ROLE_PUSH_BUTTON and name == "Start a new check"), None)
        if start is None:
            raise SystemExit("atspi_smoke: no 'Start a new check' button is readable on the home page")
        action = start.queryAction()
        action.doAction(0)  # what a screen reader's "activate" does

        def answers():
            found = [name for r, name, _ in showing(frame) if r == pyatspi.ROLE_RADIO_BUTTON]
            return found if len(found) >= 2 else None
        options = wait_for("the first question's answers", answers, app_process)
        problems += [f"first question: unnamed {what}" for what in unnamed(frame)]
        question_page = list(showing(frame))
        if not any(r == pyatspi.ROLE_PUSH_BUTTON and "Next" in name for r, name, _ in question_page):
            problems.append("first question: no readable 'Next' button")
        print(f"atspi_smoke: {len(home_page)} nodes read on the home page, "
              f"{len(question_page)} on the first question; its answers: {', '.join(options)}")
    finally:
        app_process.terminate()
        app_process.wait(timeout=10)
    for problem in problems:
        print(f"atspi_smoke: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
