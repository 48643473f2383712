#!/usr/bin/env bash
# Checks gateway/nginx.conf with a local nginx (Debian's nginx-light) in front of a running standalone platform, since
# Docker may not be at hand: every side is the standalone jar, except that reads can be pointed at a dead port to see
# what a client gets when a side is down. Usage, with ./run.sh running on 8080:
#   gateway/check.sh [platform port, 8080] [gateway port, 18080]
# Exits non-zero at the first answer that is not what the gateway promises (problem+json for what it answers itself).
# The web interface is served from web-ui/dist (build it first: ./mvnw -B -q -DskipTests package -pl web-ui).
set -euo pipefail
cd "$(dirname "$0")"
PLATFORM=${1:-8080}
PORT=${2:-18080}
WORK=$(mktemp -d)
chmod 755 "$WORK"   # nginx workers (not root) write request bodies there
trap 'nginx -s quit -c "$WORK/nginx.conf" -p "$WORK" 2>/dev/null || true; [ -n "${KEEP:-}" ] && cp "$WORK/error.log" /tmp/gateway-check-error.log; rm -rf "$WORK"' EXIT

start() { # $1: port of the query side
    sed -e "s#server command-side:8081;#server 127.0.0.1:$PLATFORM;#; s#server query-side:8082;#server 127.0.0.1:$1;#" \
        -e "s#listen 8080;#listen $PORT;#" -e "s#root /usr/share/nginx/html;#root $WORK/html;#" \
        -e "s#include /etc/nginx/mime.types;#include $(dirname "$(nginx -V 2>&1 | tr ' ' '\n' | sed -n 's/^--conf-path=//p')")/mime.types;#" -e "s#^http {#http {\n    access_log off;\n    client_body_temp_path $WORK/body;\n    proxy_temp_path $WORK/proxy;#" \
        nginx.conf > "$WORK/nginx.conf"
    sed -i "1i pid $WORK/nginx.pid;\nerror_log $WORK/error.log;" "$WORK/nginx.conf"
    if [ -f "$WORK/nginx.pid" ]; then nginx -s quit -c "$WORK/nginx.conf" -p "$WORK"; sleep 1; fi
    nginx -c "$WORK/nginx.conf" -p "$WORK"
    sleep 0.5
}

expect() { # $1: what, $2: expected status, $3: expected Content-Type start, then curl arguments
    local what=$1 status=$2 type=$3; shift 3
    local answer
    answer=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$@")
    if [[ "$answer" != "$status $type"* ]]; then
        echo "FAIL $what: expected $status $type, got $answer" >&2
        exit 1
    fi
    echo "ok   $what: $answer"
}

raw() { # $1: what, $2: expected status, $3: raw request
    local answer
    answer=$(python3 -c "
import socket, sys
s = socket.create_connection(('127.0.0.1', $PORT)); s.sendall(sys.argv[1].encode().decode('unicode_escape').encode())
data = s.recv(65536).decode(errors='replace'); s.close()
lines = data.split('\r\n'); ctype = [l.split(':', 1)[1].strip() for l in lines if l.lower().startswith('content-type')]
print(lines[0].split(' ')[1], ctype[0] if ctype else '-')" "$3")
    if [[ "$answer" != "$2 application/problem+json"* ]]; then
        echo "FAIL $1: expected $2 application/problem+json, got $answer" >&2
        exit 1
    fi
    echo "ok   $1: $answer"
}

B="http://127.0.0.1:$PORT"
[ -f ../web-ui/dist/index.html ] || { echo "web-ui/dist is not built: ./mvnw -B -q -DskipTests package -pl web-ui" >&2; exit 1; }
cp -r ../web-ui/dist "$WORK/html"
chmod -R a+rX "$WORK/html"
start "$PLATFORM"
expect "the web interface at /" 200 text/html "$B/"
expect "a deep link of the web interface" 200 text/html "$B/vendors/vnd-00000000-0000-4000-8000-000000000000"
expect "a built asset" 200 application/javascript "$B$(grep -o '/assets/[^"]*\.js' "$WORK/html/index.html" | head -n 1)"
expect "a missing asset is a 404, not the page" 404 application/problem+json "$B/assets/missing-0000.js"
expect "an unknown API path stays the side's 404" 404 application/problem+json -u auditor:auditor "$B/api/nothing-here"
expect "the API still needs credentials" 401 application/problem+json "$B/api/vendors"
expect "a read passes through" 200 application/json -u auditor:auditor "$B/api/vendors"
expect "a side's own 404 passes through" 404 application/problem+json -u auditor:auditor "$B/api/vendors/vnd-00000000-0000-4000-8000-000000000000"
expect "a write passes through" 201 application/json -u manager:manager -H 'Content-Type: application/json' -d '{"name":"Gateway check"}' "$B/api/vendors"
head -c 1500000 /dev/zero | tr '\0' 'a' > "$WORK/mid.json"
expect "1.5 MiB: the side refuses it" 413 application/problem+json -u manager:manager -H 'Content-Type: application/json' --data-binary "@$WORK/mid.json" "$B/api/vendors"
head -c 3000000 /dev/zero | tr '\0' 'a' > "$WORK/big.json"
expect "3 MiB: the gateway refuses it" 413 application/problem+json -u manager:manager -H 'Content-Type: application/json' --data-binary "@$WORK/big.json" "$B/api/vendors"
expect "a URI of 20,000 characters" 414 application/problem+json "$B/api/vendors?x=$(head -c 20000 /dev/zero | tr '\0' 'b')"
expect "a header of 20,000 characters" 431 application/problem+json -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' 'b')" "$B/api/vendors"
expect "the gateway's own pages are not served" 404 application/problem+json "$B/_gateway/bad-request"
expect "health" 200 text/plain "$B/gateway/health"
raw "no Host header" 400 'GET /api/vendors HTTP/1.1\r\n\r\n'
raw "two Host headers" 400 'GET /api/vendors HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n'
raw "no request line" 400 'GARBAGE\r\n\r\n'
raw "a path above the root" 400 'GET /api/../../etc HTTP/1.1\r\nHost: a\r\n\r\n'

start 1   # nothing listens on port 1: the read side is down
expect "read side down" 503 application/problem+json -u auditor:auditor "$B/api/vendors"
retry=$(curl -s -o /dev/null -D - -u auditor:auditor "$B/api/vendors" | tr -d '\r' | awk -F': ' 'tolower($1)=="retry-after"{print $2}')
[ "$retry" = "5" ] || { echo "FAIL read side down: Retry-After '$retry'" >&2; exit 1; }
echo "ok   read side down: Retry-After $retry"
expect "writes still pass" 201 application/json -u manager:manager -H 'Content-Type: application/json' -d '{"name":"Gateway check 2"}' "$B/api/vendors"
echo "gateway/nginx.conf answers as promised"
