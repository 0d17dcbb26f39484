#!/bin/sh
# Runs atspi_smoke.py on a private X server (Xvfb) and a private session bus, where the AT-SPI
# registry starts on demand, as on a desktop with a screen reader. Xvfb picks a free display
# itself (-displayfd), so runs side by side never race for one. Debian's python3 is used on
# purpose: python3-pyatspi is installed for it, not for another python3 on the PATH.
set -eu
program=$1
here=$(dirname "$0")
scratch=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp -noreset 3>"$scratch/display" 2>"$scratch/xvfb.log" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$scratch"' EXIT
tries=0
until [ -s "$scratch/display" ]; do
    tries=$((tries + 1))
    if [ $tries -gt 100 ] || ! kill -0 $server 2>/dev/null; then
        echo "run_atspi_smoke: Xvfb did not start:" >&2
        cat "$scratch/xvfb.log" >&2
        exit 1
    fi
    sleep 0.1
done
display=$(head -n 1 "$scratch/display")
# -noreset: an X server resets itself when its last client disconnects, and a client that
# connects during the reset is refused. libatspi reads the bus address from the root window
# with a short-lived connection when the test imports pyatspi, just before the program starts;
# CI once saw "could not connect to display :0" from the program right after it.
# Waiting for the socket as well costs nothing.
tries=0
until [ -S "/tmp/.X11-unix/X$display" ] || [ $tries -gt 50 ]; do
    tries=$((tries + 1))
    sleep 0.1
done
DISPLAY=:$display dbus-run-session -- \
    /usr/bin/python3 "$here/atspi_smoke.py" "$program"
