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

free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

start() { # start PORT: `make run PORT=…` in a session of its own, then wait for its first answer
  port="$1"
  base="http://127.0.0.1:$port"
  # setsid runs make in place (its pid is the group's id), so that the whole group can be stopped at once.
  setsid make run PORT="$port" >>"$log" 2>&1 </dev/null &
  pgid=$!
  echo "make run PORT=$port started (process group $pgid); waiting up to ${timeout} s for $base/"
  local since=$SECONDS
  until curl -s -o /dev/null --max-time 10 "$base/"; do
    group_alive || fail "make run stopped before the portal answered"
    [ $((SECONDS - since)) -lt "$timeout" ] || fail "no answer from $base/ after ${timeout} s"
    sleep 2
  done
  echo "first answer after $((SECONDS - since)) s"
}

fetch() { # fetch PATH FILE -> prints the status code
  curl -s -o "$2" -w '%{http_code}' --max-time 60 "$base$1"
}

own_address_only() { # own_address_only PATH FILE [OTHER_ADDRESS]: no absolute URL of FILE names another address
  local other pattern
  for other in 127.0.0.1:8000 ${3:-}; do
    [ "$other" = "127.0.0.1:$port" ] && continue
    pattern="${other//./\\.}([^0-9]|\$)"
    if grep -qE "$pattern" "$2"; then
      fail "$1 names $other although the portal is served at $base: $(grep -oE "[^\"<> ]*$pattern" "$2" | head -3 | tr '\n' ' ')"
    fi
  done
}

article_checks() { # article_checks [OTHER_ADDRESS]: an article of the news sitemap names this address only
  local article
  fetch /sitemap-news.xml "$work/news-sitemap" >/dev/null
  article="$(grep -o '<loc>[^<]*</loc>' "$work/news-sitemap" | head -1 | sed 's/<[^>]*>//g')"
  [ -n "$article" ] || fail "the news sitemap lists no article"
  case "$article" in "$base"/*) ;; *) fail "the news sitemap's $article is not at $base" ;; esac
  article="${article#"$base"}"
  status="$(fetch "$article" "$work/article")"
  [ "$status" = 200 ] || fail "the article $article answered $status, not 200"
  own_address_only "$article" "$work/article" "${1:-}"
  for link in "<link rel=\"canonical\" href=\"$base$article\">" "<meta property=\"og:url\" content=\"$base$article\">" \
    "sharer.php?u=http%3A%2F%2F127.0.0.1%3A$port%2F"; do
    grep -qF "$link" "$work/article" || fail "the article $article has no $link"
  done
  if grep -o 'hreflang="[^"]*" href="[^"]*"' "$work/article" | grep -vqF "href=\"$base/"; then
    fail "the article $article has an hreflang alternate elsewhere than $base"
  fi
  echo "$article: canonical, og:url, hreflang and share links at $base"
}

cd "$work/portal"
start "$(free_port)"
first_port="$port"

for path in / /en/ /admin/login/ /sitemap.xml /sitemap-news.xml /tin-tuc/rss/ /robots.txt; do
  status="$(fetch "$path" "$work/page")"
  [ "$status" = 200 ] || fail "$path answered $status, not 200"
  own_address_only "$path" "$work/page"
  if [ "$path" = / ]; then cp "$work/page" "$work/home.html"; fi
  echo "$path: 200"
done
grep -q "$base/" "$work/home.html" || fail "the home page has no absolute URL at $base (canonical, og:url, hreflang)"
article_checks

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
echo "make run stopped, nothing of it left running"

# The next start on another port (the demo is already seeded for the first one): every URL follows.
start "$(free_port)"
for path in / /sitemap.xml /tin-tuc/rss/; do
  status="$(fetch "$path" "$work/page")"
  [ "$status" = 200 ] || fail "$path answered $status, not 200"
  own_address_only "$path" "$work/page" "127.0.0.1:$first_port"
done
article_checks "127.0.0.1:$first_port"
echo "after a restart on port $port: no URL names port $first_port"

stop || fail "make run's processes did not stop on SIGTERM"
echo "make run stopped, nothing of it left running; first run checked in $((SECONDS - started)) s"
