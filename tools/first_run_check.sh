#!/usr/bin/env bash
# A newcomer's first run, checked (.ci/run calls it): a fresh clone of HEAD in a temporary folder, `make run` on a
# free port with nothing but requirements.txt, then what a reader sees: the home pages and the admin sign-in answer
# 200, a missing page is the portal's own 404 (not Django's debug page), static files are served, and no absolute
# URL names another address than the one the portal is served on. The whole process group (make, the development
# server and its reloader, the scheduler) is stopped at the end, and nothing of it may be left running.
# Usage: tools/first_run_check.sh   (FIRST_RUN_TIMEOUT=seconds to wait for the first answer, 600 by default)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
timeout="${FIRST_RUN_TIMEOUT:-600}"
work="$(mktemp -d "${TMPDIR:-/tmp}/first-run.XXXXXX")"
log="$work/make-run.log"
pgid=""
started=$SECONDS

# A newcomer's shell: none of the portal's variables set (the embedded database and cache, default settings).
unset DJANGO_SETTINGS_MODULE DATABASE_URL REDIS_URL WAGTAILADMIN_BASE_URL DEBUG PORTAL_VAR_DIR STATIC_ROOT MEDIA_ROOT

fail() {
  printf 'FIRST RUN FAILED: %s\n' "$*" >&2
  exit 1
}

group_alive() { [ -n "$pgid" ] && pgrep -g "$pgid" >/dev/null 2>&1; }

stop() {
  group_alive || return 0
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for _ in $(seq 100); do
    group_alive || return 0
    sleep 0.1
  done
  echo "still running 10 s after SIGTERM:" >&2
  ps -o pid,pgid,args -g "$pgid" >&2 || true
  kill -KILL -- "-$pgid" 2>/dev/null || true
  return 1
}

cleanup() {
  local status=$?
  set +e
  stop || status=1
  wait 2>/dev/null
  if [ "$status" -ne 0 ] && [ -f "$log" ]; then
    echo "--- the last lines of make run's output ($log) ---" >&2
    tail -n 80 "$log" >&2
  fi
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

git clone -q "$repo" "$work/portal"
echo "cloned $(git -C "$work/portal" rev-parse --short HEAD) into $work/portal"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"

cd "$work/portal"
# A session of its own, so that the whole group can be stopped at once (setsid runs make in place: its pid is
# the group's id).
setsid make run PORT="$port" >"$log" 2>&1 </dev/null &
pgid=$!
echo "make run PORT=$port started (process group $pgid); waiting up to ${timeout} s for $base/"

until curl -s -o /dev/null --max-time 10 "$base/"; do
  group_alive || fail "make run stopped before the portal answered"
  [ $((SECONDS - started)) -lt "$timeout" ] || fail "no answer from $base/ after ${timeout} s"
  sleep 2
done
echo "first answer after $((SECONDS - started)) s"

fetch() { # fetch PATH FILE -> prints the status code
  curl -s -o "$2" -w '%{http_code}' --max-time 60 "$base$1"
}

for path in / /en/ /admin/login/ /sitemap.xml /sitemap-news.xml /tin-tuc/rss/; do
  status="$(fetch "$path" "$work/page")"
  [ "$status" = 200 ] || fail "$path answered $status, not 200"
  if grep -q "127.0.0.1:8000" "$work/page"; then
    fail "$path names 127.0.0.1:8000 although the portal is served at $base: $(grep -o '[^"<> ]*127.0.0.1:8000[^"<> ]*' "$work/page" | head -3 | tr '\n' ' ')"
  fi
  [ "$path" = / ] && cp "$work/page" "$work/home.html"
  echo "$path: 200"
done
grep -q "$base/" "$work/home.html" || fail "the home page has no absolute URL at $base (canonical, og:url, hreflang)"

status="$(fetch /khong-co-trang-nay/ "$work/missing")"
[ "$status" = 404 ] || fail "a missing page answered $status, not 404"
! grep -q "Using the URLconf" "$work/missing" || fail "a missing page shows Django's debug 404, not the portal's"
grep -q 'id="search-404"' "$work/missing" || fail "a missing page is not the portal's own 404 page (templates/404.html)"
echo "/khong-co-trang-nay/: the portal's 404"

stylesheet="$(grep -o 'href="/static/[^"]*\.css"' "$work/home.html" | head -1 | sed 's/^href="//; s/"$//')"
[ -n "$stylesheet" ] || fail "the home page links no stylesheet under /static/"
status="$(fetch "$stylesheet" /dev/null)"
[ "$status" = 200 ] || fail "the stylesheet $stylesheet answered $status, not 200"
echo "$stylesheet: 200"

stop || fail "make run's processes did not stop on SIGTERM"
echo "make run stopped, nothing of it left running; first run checked in $((SECONDS - started)) s"
