"""`make lighthouse`: Lighthouse (mobile) on the demo site served the way production serves it (issue 19).

gunicorn with production settings (tools/bench.py's environment: a separate SQLite demo under var/lighthouse/site/,
collected static files served by WhiteNoise with hashed names, compressed and cached for a year) serves the demo
site on 127.0.0.1. In production nginx serves /media/ (docs/deployment.md: `expires 30d`); here Django serves it
(`SERVE_MEDIA=true`), the closest stand-in without nginx: media responses have no far-future cache header. No TLS
either: Lighthouse counts 127.0.0.1 as a secure origin.

Lighthouse 12 (npm, installed by `make lighthouse` into var/node/, not committed) drives Debian's Chromium with its
default mobile emulation and simulated slow 4G on: the home page, an article, the gazette lookup with a query and a
Trà Việt magazine article. JSON and HTML reports go to var/lighthouse/; a table of the four category scores and the
CLS is printed, and the exit status is 1 when one is below the thresholds:

    performance ≥ 90, accessibility 100, best practices 100, SEO ≥ 95 (the lookup's deliberate `noindex` aside:
    its `is-crawlable` audit is not counted), CLS ≤ 0.05.

    .venv/bin/python tools/lighthouse.py [--port 8766] [--seed] [--only home,article] [--verbose]
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402  (tools/bench.py: the production environment and the gunicorn server)

BASE_DIR = bench.BASE_DIR
PYTHON = bench.PYTHON
OUT = BASE_DIR / "var" / "lighthouse"
SITE = OUT / "site"
LIGHTHOUSE = BASE_DIR / "var" / "node" / "node_modules" / "lighthouse" / "cli" / "index.js"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
THRESHOLDS = {"performance": 90, "accessibility": 100, "best-practices": 100, "seo": 95}
MAX_CLS = 0.05
# The lookup is `noindex` on purpose (search results are not for search engines): its SEO score is computed
# without that one audit.
NOT_COUNTED = {"gazette lookup": {"seo": {"is-crawlable"}}}


def environment(port):
    return bench.environment(port, page_cache=True, var=SITE)


def prepare(port, seed):
    env = environment(port)
    if seed or not (SITE / ".seeded").exists():
        bench.prepare(env)
        (SITE / ".seeded").touch()
    bench.run([PYTHON, "manage.py", "set_site_url"], env, stdout=subprocess.DEVNULL)
    bench.run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)


def discover_urls(port):
    script = r"""
import django, json
django.setup()
from gazette.models import GazetteIndexPage
from news.models import ArticlePage
from travietpub.models import MagazineArticlePage
def first(model):
    return model.objects.live().public().filter(locale__language_code="vi").order_by("pk").first()
urls = {
    "home": "/",
    "article": first(ArticlePage).url,
    "gazette lookup": first(GazetteIndexPage).url + "tra-cuu/?q=quy%E1%BA%BFt+%C4%91%E1%BB%8Bnh",
    "magazine article": first(MagazineArticlePage).url,
}
print(json.dumps(urls))
"""
    out = subprocess.run(
        [PYTHON, "-c", script], cwd=BASE_DIR, env=environment(port), check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def lighthouse(url, name):
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    stem = OUT / name.replace(" ", "-")
    # Lighthouse now and then fails to record the trace on a busy machine ("NO_NAVSTART"): one more try then.
    for attempt in range(2):
        done = subprocess.run(
            [
                "node",
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                "--output=html",
                f"--output-path={stem}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
            ],
            cwd=BASE_DIR,
            env={**os.environ, "CHROME_PATH": chrome},
        )
        if done.returncode == 0:
            break
        if attempt:
            raise SystemExit(f"Lighthouse failed on {url} twice")
    return json.loads(Path(f"{stem}.report.json").read_text())


def scores(report, name):
    result = {}
    for category in CATEGORIES:
        data = report["categories"][category]
        skip = NOT_COUNTED.get(name, {}).get(category, set())
        refs = [ref for ref in data["auditRefs"] if ref["weight"] and ref["id"] not in skip]
        total = sum(ref["weight"] for ref in refs)
        value = sum(ref["weight"] * (report["audits"][ref["id"]]["score"] or 0) for ref in refs) / total
        result[category] = round(value * 100)
    result["seo as reported"] = round(report["categories"]["seo"]["score"] * 100)
    result["cls"] = report["audits"]["cumulative-layout-shift"]["numericValue"]
    return result


def failing_audits(report):
    lines = []
    for category in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if audit["score"] is not None and audit["score"] < 1 and audit["scoreDisplayMode"] != "informative":
                lines.append(f"    {category}: {ref['id']} ({audit['score']}) {audit.get('displayValue', '')}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--seed", action="store_true", help="seed the demo again even when it is there")
    parser.add_argument("--only", default="", help="comma-separated page names (home, article, ...)")
    parser.add_argument("--verbose", action="store_true", help="list the audits that did not pass")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"Lighthouse is not installed at {LIGHTHOUSE}: run `make lighthouse`.")
    OUT.mkdir(parents=True, exist_ok=True)
    prepare(args.port, args.seed)
    urls = discover_urls(args.port)
    if args.only:
        urls = {name: url for name, url in urls.items() if name in args.only.split(",")}
    server = bench.Server(environment(args.port), args.port, workers=2, threads=2, log_path=OUT / "gunicorn.log")
    rows, failures = [], []
    try:
        for name, path in urls.items():
            url = f"http://127.0.0.1:{args.port}{path}"
            urllib.request.urlopen(url, timeout=30).read()  # a warm page cache, as readers mostly meet it
            report = lighthouse(url, name)
            result = scores(report, name)
            rows.append((name, path, result))
            below = [c for c in CATEGORIES if result[c] < THRESHOLDS[c]]
            if result["cls"] > MAX_CLS:
                below.append("cls")
            if below:
                failures.append(f"{name}: {', '.join(below)}")
            if below or args.verbose:
                print(f"{name} ({path}): audits not passed")
                print("\n".join(failing_audits(report)) or "    none")
    finally:
        server.stop()
    print(f"\n{'page':18} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'seo':>5} {'CLS':>7}")
    notes = []
    for name, _path, result in rows:
        print(
            f"{name:18} {result['performance']:5} {result['accessibility']:5} {result['best-practices']:5} "
            f"{result['seo']:5} {result['cls']:7.3f}"
        )
        if result["seo"] != result["seo as reported"]:
            notes.append(f"{name}: SEO {result['seo as reported']} as Lighthouse reports it, with its noindex")
    print("\n".join(notes))
    print(
        f"\nthresholds: performance ≥ {THRESHOLDS['performance']}, accessibility {THRESHOLDS['accessibility']}, "
        f"best practices {THRESHOLDS['best-practices']}, SEO ≥ {THRESHOLDS['seo']}, CLS ≤ {MAX_CLS}. "
        f"Reports: {OUT.relative_to(BASE_DIR)}/"
    )
    if failures:
        print("below the thresholds:\n  " + "\n  ".join(failures))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
