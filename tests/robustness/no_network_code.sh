#!/bin/sh
# Nothing leaves the computer unless the user exports it or a practice chooses its own server.
# Checks the built code, not the sources: no object of the core library and neither program
# calls the socket layer itself, the app does not link Qt's network module, and the only core
# files that call libpq (the practice server's client) are the postgres_* ones.
# Usage: no_network_code.sh CORE_ARCHIVE APP CLI
set -eu
core=$1
app=$2
cli=$3
status=0
sockets='socket|connect|bind|listen|accept|getaddrinfo|gethostbyname|sendto|recvfrom|curl_[a-z_]*'

found=$(nm -A --undefined-only "$core" | grep -wE "U ($sockets)" || true)
if [ -n "$found" ]; then
    echo "no_network_code: $core calls the socket layer:" >&2
    echo "$found" >&2
    status=1
fi
for program in "$app" "$cli"; do
    found=$(nm -D --undefined-only "$program" | grep -wE "U ($sockets)" || true)
    if [ -n "$found" ]; then
        echo "no_network_code: $program calls the socket layer:" >&2
        echo "$found" >&2
        status=1
    fi
done
if ldd "$app" | grep -q 'libQt6Network'; then
    echo "no_network_code: $app links Qt's network module" >&2
    status=1
fi
# nm -A names each undefined symbol "archive:object: U symbol".
callers=$(nm -A --undefined-only "$core" | grep -E ' U PQ' | cut -d: -f2 | sort -u)
for object in $callers; do
    case $object in
        postgres_*.o) ;;
        *)
            echo "no_network_code: $object calls libpq; only the postgres_* files may" >&2
            status=1
            ;;
    esac
done
if [ -z "$callers" ]; then
    echo "no_network_code: no core object calls libpq: is $core the core library?" >&2
    status=1
fi
[ $status -eq 0 ] && echo "no_network_code: no socket calls; libpq is called only from" $callers
exit $status
