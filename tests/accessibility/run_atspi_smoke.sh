#!/bin/sh
# Runs atspi_smoke.py on a private X server (Xvfb) and a private session bus, where the AT-SPI
# registry starts on demand, as on a desktop with a screen reader. Debian's python3 is used on
# purpose: python3-pyatspi is installed for it, not for another python3 on the PATH.
set -eu
program=$1
here=$(dirname "$0")
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24" \
    dbus-run-session -- /usr/bin/python3 "$here/atspi_smoke.py" "$program"
