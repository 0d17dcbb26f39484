#!/bin/sh
# Runs a test program as a user who is held to file permissions: as it is when not root, and as
# nobody when root (CI runs as root, who may write anywhere). The build tree may sit in a folder
# nobody cannot enter, so the program, the CLI and the data are copied to a fresh folder first.
#
#   run_unprivileged.sh TEST_PROGRAM CLI DATA_DIR
#
# Exit status: the program's, or 77 (skipped) when root could not become nobody.
set -eu

program=$1
cli=$2
data=$3

stage=$(mktemp -d "${TMPDIR:-/tmp}/kt-unprivileged-XXXXXX")
trap 'rm -rf "$stage"' EXIT INT TERM
mkdir -p "$stage/bin" "$stage/share/kneetriage" "$stage/tmp"
cp "$program" "$cli" "$stage/bin/"
cp -R "$data" "$stage/share/kneetriage/data"
chmod -R u+rwX,go+rX,go-w "$stage"
chmod 0755 "$stage"

run_as=""
if [ "$(id -u)" -eq 0 ]; then
    if command -v setpriv >/dev/null 2>&1 &&
        setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
        run_as="setpriv --reuid=nobody --regid=nogroup --clear-groups"
    elif command -v runuser >/dev/null 2>&1 && runuser -u nobody -- true 2>/dev/null; then
        run_as="runuser -u nobody --"
    else
        # The program skips every test and says why; the status tells ctest it was skipped.
        export KT_CANNOT_DROP_PRIVILEGES="neither setpriv nor runuser could switch to nobody"
    fi
    if [ -n "$run_as" ]; then
        chown nobody "$stage/tmp"
    fi
fi

status=0
# shellcheck disable=SC2086 # run_as is a command and its arguments
$run_as env TMPDIR="$stage/tmp" KT_PERMISSION_CLI="$stage/bin/$(basename "$cli")" \
    KT_PERMISSION_DATA="$stage/share/kneetriage/data" \
    "$stage/bin/$(basename "$program")" || status=$?
if [ "$status" -eq 0 ] && [ -n "${KT_CANNOT_DROP_PRIVILEGES:-}" ]; then
    exit 77
fi
exit "$status"
