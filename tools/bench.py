"""`make bench`: the portal under load, the way production runs it.

gunicorn (production settings, 2 workers by default) serves the demo site on 127.0.0.1; wrk (Debian's package)
loads each URL for a few seconds with 16 connections, first with the page cache off (cold: every request renders)
and then on (warm). A trivial view in the same server (/ping) is the framework's ceiling; each page's ratio to it
is printed. PostgreSQL and Redis are used when DATABASE_URL / REDIS_URL are set, else the embedded default
(a separate SQLite file under var/bench/).

    .venv/bin/python tools/bench.py [--duration 10] [--connections 16] [--workers 2] [--port 8765] [--no-seed]

The machine's load average (1 minute) is printed with each row: figures taken while other work runs are low. The
workers' CPU time per request is printed too, and the rate the machine's cores would give at that cost, a figure
that other load changes much less.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
VAR = BASE_DIR / "var" / "bench"


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=BASE_DIR, env=env, check=True, **kwargs)


def environment(port, page_cache, var=VAR):
    """Production settings on 127.0.0.1:`port`, the site's files under `var`; shared by soak.py and lighthouse.py."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.production",
        SECRET_KEY=os.environ.get("SECRET_KEY") or "bench-" + "k3y!" * 16,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECURE_SSL_REDIRECT="false",
        SERVE_MEDIA="true",
        PORTAL_VAR_DIR=str(var),
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        PAGE_CACHE_ENABLED="true" if page_cache else "false",
        GUNICORN_ACCESS_LOG="/dev/null",
        LOG_LEVEL="WARNING",
        # All the load comes from one address: the search's per-client limit (60 a minute) would measure 429s.
        RATE_LIMIT_SEARCH="1000000/m",
    )
    return env


def prepare(env):
    """Migrate and seed the demo site of `env` (development settings, as `make run` does), collect static files."""
    dev = {**env, "DJANGO_SETTINGS_MODULE": "thainguyen_portal.settings.dev", "DEBUG": "false"}
    Path(env["PORTAL_VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], dev)
    run([PYTHON, "manage.py", "seed_demo", "-v0"], dev, stdout=subprocess.DEVNULL)
    run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def discover_urls(port):
    """Representative URLs of the demo site: home, a section, an article, a gazette lookup, a search."""
    script = r"""
import django, json
django.setup()
from django.apps import apps
from wagtail.models import Page
def first(label):
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = model.objects.live().filter(locale__language_code="vi").order_by("-first_published_at").first()
    return page.url if page else None
urls = {"home": "/"}
urls["section"] = first("news.SectionPage") or first("home.StandardPage")
urls["article"] = first("news.ArticlePage")
gazette = first("gazette.GazetteIndexPage")
if gazette:
    urls["gazette lookup"] = gazette + "?q=quyet+dinh"
urls["search"] = "/tim-kiem/?q=thai+nguyen"
print(json.dumps({k: v for k, v in urls.items() if v}))
"""
    env = environment(port, page_cache=True)
    out = subprocess.run([PYTHON, "-c", script], cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True)
    import json

    return json.loads(out.stdout.strip().splitlines()[-1])


class Server:
    """gunicorn serving the portal with `env` on 127.0.0.1:`port`, its output in `log_path` (by default gunicorn.log
    in the site's folder). Workers are not recycled during a run (GUNICORN_MAX_REQUESTS=0): the memory read at the
    end is that of workers that served every request, and a leak shows as growth."""

    def __init__(self, env, port, workers, threads=1, log_path=None):
        self.port = port
        env = {
            **env,
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_THREADS": str(threads),
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_MAX_REQUESTS": "0",
        }
        self.log_path = log_path or Path(env["PORTAL_VAR_DIR"]) / "gunicorn.log"
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [str(Path(PYTHON).parent / "gunicorn"), "thainguyen_portal.wsgi"],
            cwd=BASE_DIR,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/ping", timeout=2).read()
                return
            except OSError:
                if self.process.poll() is not None:
                    raise SystemExit("gunicorn did not start:\n" + self.log_path.read_text()[-4000:]) from None
                time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not answer within 60 s")

    def worker_rss_by_pid(self):
        """Resident memory (MB) of each worker, by process id (a worker that has just gone is left out)."""
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout.split()
        sizes = {}
        for pid in children:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
            except FileNotFoundError:
                continue
            sizes[int(pid)] = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
        return sizes

    def worker_rss_mb(self):
        return list(self.worker_rss_by_pid().values())

    def logged_errors(self):
        text = self.log_path.read_text(errors="replace")
        return [line for line in text.splitlines() if " ERROR " in line or "Traceback" in line or "[CRITICAL]" in line]

    def worker_cpu_seconds(self):
        """CPU time (user + system) the workers have used so far: unlike req/s, hardly changed by other load."""
        children = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True, text=True).stdout.split()
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0.0
        for pid in children:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
        return total

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:  # never hide the error that stopped the run behind this one
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)
        self.log.close()


def wrk(url, duration, connections, server=None):
    load = os.getloadavg()[0]
    cpu_before = server.worker_cpu_seconds() if server else None
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(pct):
        match = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non2xx.group(1)) if non2xx else 0
    cpu_ms = (server.worker_cpu_seconds() - cpu_before) * 1000 / max(requests, 1) if server else 0.0
    return {
        "cpu_ms": cpu_ms,
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency(50),
        "p99": latency(99),
        "errors": errors,
        "requests": requests,
        "load": load,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", 10)))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--no-seed", action="store_true", help="reuse the database of the previous run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (Debian's package)")

    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    cache = "Redis" if os.environ.get("REDIS_URL") else "local memory"
    if not args.no_seed:
        print(f"Preparing the demo site ({database}, {cache}) …", flush=True)
        prepare(environment(args.port, page_cache=True))
    urls = discover_urls(args.port)

    rows, memory = [], {}
    for phase, page_cache in (("cold", False), ("warm", True)):
        server = Server(environment(args.port, page_cache), args.port, args.workers)
        try:
            base = f"http://127.0.0.1:{args.port}"
            ceiling = wrk(base + "/ping", args.duration, args.connections, server)
            rows.append((phase, "ceiling (/ping)", ceiling, 1.0))
            for name, path in urls.items():
                urllib.request.urlopen(base + path, timeout=30).read()  # renditions and the first cache fill
                result = wrk(base + path, args.duration, args.connections, server)
                rows.append((phase, f"{name} ({path})", result, result["rps"] / ceiling["rps"]))
            memory[phase] = server.worker_rss_mb()
        finally:
            server.stop()

    print(
        f"\nmake bench — {database}, {cache}; gunicorn {args.workers} workers; wrk 2 threads, "
        f"{args.connections} connections, {args.duration} s per URL\n"
    )
    cores = os.cpu_count() or 1
    print(
        f"{'phase':5} {'url':44} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'× ceil':>6} {'load':>5}"
        f" {'cpu ms':>7} {'cpu-bound req/s':>15}"
    )
    for phase, name, r, ratio in rows:
        bound = cores * 1000 / r["cpu_ms"] if r["cpu_ms"] else 0
        print(
            f"{phase:5} {name[:44]:44} {r['rps']:8.1f} {r['p50']:8.2f} {r['p99']:8.2f} {r['errors']:6d} {ratio:6.0%}"
            f" {r['load']:5.2f} {r['cpu_ms']:7.2f} {bound:15.0f}"
        )
    print(
        "\nload: the machine's 1-minute load average when the URL was measured. cpu ms: the gunicorn workers' CPU "
        f"time per request; cpu-bound req/s: what {cores} cores give at that cost when nothing else runs (the "
        "database and Redis not counted)."
    )
    print()
    for phase, sizes in memory.items():
        total = sum(result["requests"] for row_phase, _name, result, _ratio in rows if row_phase == phase)
        print(
            f"worker memory after the {phase} phase ({total:,} requests in all): "
            + ", ".join(f"{mb:.0f} MB" for mb in sizes)
        )


if __name__ == "__main__":
    main()
