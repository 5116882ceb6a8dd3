"""`make eval-search`: the site search and the gazette lookup measured against a judged set of queries (issue 18).

The judged set is `search/evaluation/judged_queries.json`: each query has a kind (number, title, phrase, unaccented,
abbreviation, place, typo, english), a target (`site`: the site search, `/tim-kiem/` or `/en/search/` for the
English kind; `gazette`: the gazette lookup, `/cong-bao/tra-cuu/`) and the paths that answer it, graded 2 (the best
answers) or 1 (also relevant), decided from the demo content before any result was looked at.

Each backend runs in a subprocess with a database of its own, development settings without DEBUG, local-memory
caches and the search rate limit lifted:

- SQLite: a separate file under var/eval-search/;
- PostgreSQL: EVAL_DATABASE_URL, by default postgres://postgres@127.0.0.1:5432/portal_eval (created when missing;
  an unreachable server is an error, never skipped).

There it migrates, seeds the demo when it is not there yet (`seed_demo`, which is idempotent), always runs
`seed_demo --only core` (the search dictionary) and `rebuild_search`, so that a changed indexer is what gets measured,
then asks every query as a reader does: Django's test client GETs the results page and reads the ranked links
(following "next" up to ten pages, for the comparison of the backends). This parent process computes the metrics:

- precision@5 = relevant results among the top 5 / min(5, number of judged relevant items);
- reciprocal rank of the first relevant result in the top 10 (0 when none); MRR is its mean;
- nDCG@10 with the grades as gains (2^grade - 1), a log2 discount and the ideal ranking of the judgments.

Judged gazette documents and issues that the seeded demo does not have (the set is judged through 2027 from the
demo's deterministic plan; the demo publishes an issue every 18 days up to the day it is seeded) are left out of
that query's judgments, and said so. Exit status 0 unless the harness itself failed; `--strict` also fails (1) when
an acceptance threshold is not met.

    .venv/bin/python tools/eval_search.py [--backend sqlite|postgresql|both] [--verbose] [--json FILE] [--strict]
                                         [--reseed] [--only ID_OR_KIND ...]
"""

import argparse
import io
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parents[1]
JUDGED = BASE_DIR / "search" / "evaluation" / "judged_queries.json"
# The SQLite database; PostgreSQL's demo media under postgresql/. `make eval-search` gives $(CURDIR)/var/eval-search.
VAR = Path(os.environ.get("EVAL_SEARCH_VAR_DIR") or BASE_DIR / "var" / "eval-search")
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/portal_eval"
BACKENDS = ("sqlite", "postgresql")
KINDS = ("number", "title", "phrase", "unaccented", "abbreviation", "place", "typo", "english")
TARGETS = ("site", "gazette")
TOP = 10  # the ranks the metrics read
MAX_PAGES = 10  # results pages read per query, for the comparison of the backends
HOST = "127.0.0.1"  # the demo's site (WAGTAILADMIN_BASE_URL's default host); the default site answers any host
# Issue 18's acceptance: overall precision@5 and MRR, and no kind below KIND_MINIMUM (on both metrics).
OVERALL_P5, OVERALL_MRR, KIND_MINIMUM = 0.85, 0.90, 0.7
DEFINITIONS = (
    "precision@5 = relevant results among the top 5 / min(5, judged relevant items); "
    "MRR = mean of 1/rank of the first relevant result in the top 10 (0 when none); "
    "nDCG@10 = DCG / ideal DCG over the top 10, gain 2^grade - 1, discount log2(rank + 1)"
)
# The gazette's documents and issues are judged from gazette/demo.py's plan up to this day; later ones are not judged.
JUDGED_THROUGH = "2027-12-31"
# A judged path that the demo may legitimately not have yet: a gazette document or issue published after the seeding.
GAZETTE_LATER = re.compile(r"^/cong-bao/(van-ban/[^/]+|so-[0-9-]+-nam-\d{4})/$")


class HarnessError(Exception):
    """The harness could not measure (not a poor search result): exit status 2."""


# --- reading a results page ----------------------------------------------------------------------------------------


class _ResultsParser(HTMLParser):
    def __init__(self, target):
        super().__init__(convert_charrefs=True)
        self.target = target
        self.found_container = False
        self.links = []
        self.count_text = None
        self.has_next = False
        self._container_depth = 0  # nesting of the results list's own tag while inside it
        self._item = False  # inside a result item whose link is still to be taken
        self._in_heading = False
        self._count_tag = None  # the tag whose text announces the count, while inside it
        self._count_parts = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        list_tag, list_class = ("ol", "search-results") if self.target == "site" else ("ul", "gz-docs")
        if tag == "a" and attrs.get("rel") == "next":
            self.has_next = True
        announces_count = (self.target == "site" and tag == "p" and "search-summary" in classes) or (
            self.target == "gazette" and tag == "h2" and attrs.get("id") == "gz-results-heading"
        )
        if announces_count and self.count_text is None and self._count_tag is None:
            self._count_tag = tag
        if tag == list_tag:
            if self._container_depth:
                self._container_depth += 1
            elif list_class in classes:
                self.found_container = True
                self._container_depth = 1
            return
        if not self._container_depth:
            return
        if tag == "li":
            if self.target == "site":
                self._item = "search-result" in classes and not (
                    {"search-result--promoted", "search-result--none"} & set(classes)
                )
            else:
                self._item = True
        elif tag == "h2" and self.target == "site":
            self._in_heading = True
        elif tag == "a" and self._item and (self._in_heading or self.target == "gazette") and attrs.get("href"):
            self.links.append(attrs["href"])
            self._item = False

    def handle_endtag(self, tag):
        if tag == self._count_tag:
            self.count_text = " ".join("".join(self._count_parts).split())
            self._count_tag = None
        list_tag = "ol" if self.target == "site" else "ul"
        if tag == list_tag and self._container_depth:
            self._container_depth -= 1
        elif tag == "li":
            self._item = False
        elif tag == "h2":
            self._in_heading = False

    def handle_data(self, data):
        if self._count_tag is not None:
            self._count_parts.append(data)


def extract_results(html, target):
    """The ranked result paths, the announced count and whether a next page exists, read from one results page.

    The selectors (the templates may change: this is the one place that knows them):

    - site search (`search/templates/search/search.html`): the items `li.search-result` of `ol.search-results`,
      except `.search-result--promoted` (editors' picks, in their own list) and `.search-result--none` (the "nothing
      found" line); a result is the `href` of the first `<a>` inside the item's `<h2>`. The count is the first number
      of `p.search-summary`.
    - gazette lookup (`gazette/templates/gazette/lookup.html`): the items `li` of `ul.gz-docs`; a result is the `href`
      of the item's first `<a>` (the document's number). The count is the first number of `h2#gz-results-heading`.
    - next page: an `<a rel="next">` (`includes/pagination.html`).

    Hrefs become paths (scheme, host, query string and fragment dropped). Returns a dict: `paths` (None when the page
    has no results list at all: the caller counts that as no result and reports it), `count` (None when not
    announced), `count_text`, `has_next`.
    """
    parser = _ResultsParser(target)
    parser.feed(html)
    parser.close()
    paths = [normalise_path(href) for href in parser.links] if parser.found_container else None
    count = None
    if parser.count_text:
        match = re.search(r"\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+", parser.count_text)
        if match:
            count = int(re.sub(r"\D", "", match.group()))
    return {"paths": paths, "count": count, "count_text": parser.count_text, "has_next": parser.has_next}


def normalise_path(href):
    path = urlsplit(href).path or "/"
    return path if path.endswith("/") else path + "/"


# --- metrics --------------------------------------------------------------------------------------------------------


def metrics(ranked, judgments):
    """precision@5, reciprocal rank and nDCG@10 of one ranked list of paths against {path: grade}."""
    seen, gains = set(), []
    for path in ranked[:TOP]:
        gains.append(0 if path in seen else judgments.get(path, 0))
        seen.add(path)
    relevant_top5 = sum(1 for grade in gains[:5] if grade > 0)
    p5 = relevant_top5 / min(5, len(judgments)) if judgments else 0.0
    rr = next((1 / rank for rank, grade in enumerate(gains, start=1) if grade > 0), 0.0)
    dcg = sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(gains, start=1))
    ideal = sorted(judgments.values(), reverse=True)[:TOP]
    idcg = sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(ideal, start=1))
    return {"p5": p5, "rr": rr, "ndcg": dcg / idcg if idcg else 0.0}


def mean(values):
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def load_judged(path, only=()):
    with open(path, encoding="utf-8") as handle:
        queries = json.load(handle)
    problems, ids = [], set()
    for query in queries:
        qid = query.get("id")
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if query.get("kind") not in KINDS:
            problems.append(f"{qid}: unknown kind {query.get('kind')!r}")
        if query.get("target") not in TARGETS:
            problems.append(f"{qid}: unknown target {query.get('target')!r}")
        if not str(query.get("q", "")).strip():
            problems.append(f"{qid}: empty query")
        relevant = query.get("relevant") or {}
        if not relevant:
            problems.append(f"{qid}: nothing judged relevant")
        for judged_path, grade in relevant.items():
            if grade not in (1, 2) or not judged_path.startswith("/") or not judged_path.endswith("/"):
                problems.append(f"{qid}: bad judgment {judged_path!r}: {grade!r}")
    if problems:
        raise HarnessError("the judged set is malformed:\n  " + "\n  ".join(problems))
    if only:
        queries = [query for query in queries if query["id"] in only or query["kind"] in only]
        if not queries:
            raise HarnessError(f"--only {' '.join(only)} selects no query")
    return queries


# --- the worker: one backend, in its own process ------------------------------------------------------------------


def worker(backend, out_path, reseed, judged_path, only):
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    queries = load_judged(judged_path, only)
    timings = {}

    def phase(name, function, *args, **kwargs):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        timings[name] = round(time.perf_counter() - started, 2)
        print(f"  [{backend}] {name}: {timings[name]:.1f} s", flush=True)
        return result

    phase("migrate", call_command, "migrate", "--noinput", verbosity=0)
    missing_pages = phase("check demo", _missing_pages, queries)
    if reseed or missing_pages is None or missing_pages:
        reason = "--reseed" if reseed else "the demo is not seeded" if missing_pages is None else "pages missing"
        print(f"  [{backend}] seed_demo ({reason})", flush=True)
        # Captured: with development settings seed_demo also prints a new demo administrator's password.
        output = io.StringIO()
        phase("seed_demo", call_command, "seed_demo", verbosity=1, stdout=output)
        print(*[f"  [{backend}] {line}" for line in output.getvalue().splitlines() if "ready" in line], sep="\n")
        missing_pages = _missing_pages(queries) or []
    else:
        timings["seed_demo"] = None
        print(f"  [{backend}] seed_demo skipped: the demo is there", flush=True)
    # the search dictionary (synonyms, former places) as the demo has it now, even in a demo seeded before it existed
    phase("search dictionary", call_command, "seed_demo", "--only", "core", verbosity=0)
    phase("rebuild_search", call_command, "rebuild_search")
    present = _present_paths()
    lookup_path = _lookup_path()
    with translation.override("vi"):
        search_vi = reverse("search")
    with translation.override("en"):
        search_en = reverse("search")
    client = Client(HTTP_HOST=HOST, raise_request_exception=False)
    requests = 0
    results = []
    started = time.perf_counter()
    for query in queries:
        base = lookup_path if query["target"] == "gazette" else search_en if query["kind"] == "english" else search_vi
        pages, statuses, count, count_text, container = [], [], None, None, True
        for number in range(1, MAX_PAGES + 1):
            params = {"q": query["q"]} | ({"page": number} if number > 1 else {})
            url = f"{base}?{urlencode(params)}"
            response, landed = _get(client, url)
            requests += 1
            statuses.append(response.status_code)
            if landed is not None:  # sent straight to one page (say, the document a number names): that is the result
                pages.append([landed])
                count, count_text = 1, f"redirected to {landed}"
                break
            if response.status_code != 200:
                break
            page = extract_results(response.content.decode(response.charset or "utf-8"), query["target"])
            if number == 1:
                count, count_text = page["count"], page["count_text"]
            if page["paths"] is None:
                container = number > 1
                break
            pages.append(page["paths"])
            if not page["has_next"]:
                break
        results.append(
            {
                "id": query["id"],
                "url": urlunsplit(("", "", base, urlencode({"q": query["q"]}), "")),
                "statuses": statuses,
                "container": container,
                "count": count,
                "count_text": count_text,
                "ranked": [path for page in pages for path in page],
                "pages_read": len(pages),
            }
        )
    timings["queries"] = round(time.perf_counter() - started, 2)
    print(f"  [{backend}] {len(queries)} queries, {requests} requests: {timings['queries']:.1f} s", flush=True)
    payload = {
        "backend": backend,
        "vendor": connection.vendor,
        "database": str(connection.settings_dict.get("NAME")),
        "timings": timings,
        "requests": requests,
        "missing_pages": sorted(missing_pages or []),
        "present": sorted(present),
        "published_documents": sum(1 for path in present if "/van-ban/" in path),
        "documents_after_judgments": _documents_after(JUDGED_THROUGH),
        "results": results,
    }
    Path(out_path).write_text(json.dumps(payload, ensure_ascii=False), "utf-8")


def _get(client, url):
    """GET `url` as a reader's browser would: (response, landing path). A redirect to another page (not this results
    page again) lands the reader there: that page is the only result. Redirects to the results page are followed."""
    base = urlsplit(url).path
    for _hop in range(5):
        response = client.get(url)
        if response.status_code == 429:
            raise HarnessError(f"{url} answered 429: the rate limit was not lifted (RATE_LIMIT_SEARCH)")
        if response.status_code not in (301, 302, 303, 307, 308):
            return response, None
        location = response["Location"]
        if normalise_path(location) != normalise_path(base):
            return response, normalise_path(location)
        parts = urlsplit(location)
        url = urlunsplit(("", "", parts.path, parts.query, ""))
    raise HarnessError(f"{url}: too many redirects")


def _present_paths():
    """Every path a judgment may name that the seeded demo serves: live public pages and published documents."""
    from django.apps import apps
    from wagtail.models import Page

    paths = set()
    for page in Page.objects.live().public().exclude(depth=1):
        url = page.get_url()
        if url:
            paths.add(normalise_path(url))
    GazetteIndexPage = apps.get_model("gazette", "GazetteIndexPage")
    LegalDocument = apps.get_model("gazette", "LegalDocument")
    index = GazetteIndexPage.objects.live().first()
    if index is not None:
        for document in LegalDocument.objects.filter(is_published=True).only("pk", "slug"):
            paths.add(normalise_path(index.document_url(document)))
    return paths


def _missing_pages(queries):
    """The judged pages (not gazette documents or issues) the database lacks; None when there is no demo at all."""
    from django.apps import apps

    if not apps.get_model("gazette", "LegalDocument").objects.filter(is_published=True).exists():
        return None
    present = _present_paths()
    judged = {path for query in queries for path in query["relevant"]}
    return sorted(path for path in judged if path not in present and not GAZETTE_LATER.match(path))


def _documents_after(day):
    """Published legal documents in no gazette issue of `day` or before: nobody judged them."""
    from django.apps import apps

    LegalDocument = apps.get_model("gazette", "LegalDocument")
    judged = LegalDocument.objects.filter(appearances__issue__publication_date__lte=day)
    return LegalDocument.objects.filter(is_published=True).exclude(pk__in=judged.values("pk")).count()


def _lookup_path():
    from django.apps import apps

    index = apps.get_model("gazette", "GazetteIndexPage").objects.live().first()
    if index is None:
        raise HarnessError("no live gazette index page: the lookup cannot be asked")
    return normalise_path(index.url + index.reverse_subpage("lookup"))


# --- the parent: environment, PostgreSQL, report ----------------------------------------------------------------------


def backend_env(backend, database_url):
    env = dict(os.environ)
    for name in ("DATABASE_URL", "REDIS_URL", "PORTAL_VAR_DIR"):
        env.pop(name, None)
    env.update(
        DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.dev",
        DEBUG="false",
        LOG_LEVEL="WARNING",
        RATE_LIMIT_SEARCH="100000/m",
        ALLOWED_HOSTS=f"{HOST},localhost",
        PYTHONPATH=str(BASE_DIR) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    if backend == "sqlite":
        env["PORTAL_VAR_DIR"] = str(VAR)
    else:
        env["PORTAL_VAR_DIR"] = str(VAR / "postgresql")  # media files of this database's demo
        env["DATABASE_URL"] = database_url
    Path(env["PORTAL_VAR_DIR"]).mkdir(parents=True, exist_ok=True)
    return env


def ensure_postgres_database(database_url):
    """Create the database of `database_url` when missing; HarnessError with a clear message when unreachable."""
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(database_url)
    if "postgresql" not in config["ENGINE"]:
        raise HarnessError(f"EVAL_DATABASE_URL is not a PostgreSQL URL: {database_url}")
    name = config["NAME"]
    where = f"{config.get('HOST') or 'localhost'}:{config.get('PORT') or 5432}"
    params = {
        "host": config.get("HOST") or None,
        "port": config.get("PORT") or None,
        "user": config.get("USER") or None,
        "password": config.get("PASSWORD") or None,
        "connect_timeout": 5,
    }
    try:
        connection = psycopg2.connect(dbname="postgres", **params)
    except psycopg2.Error as exc:
        raise HarnessError(
            f"PostgreSQL at {where} is unreachable ({str(exc).strip()}). Start it, or set EVAL_DATABASE_URL, "
            "or run only SQLite with --backend sqlite."
        ) from exc
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            if cursor.fetchone() is None:
                cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
                print(f"Created the PostgreSQL database {name} on {where}.", flush=True)
    except psycopg2.Error as exc:
        raise HarnessError(f"could not create the PostgreSQL database {name} on {where}: {exc}") from exc
    finally:
        connection.close()


def run_backend(backend, args, database_url):
    if backend == "postgresql":
        ensure_postgres_database(database_url)
    env = backend_env(backend, database_url)
    where = VAR if backend == "sqlite" else _safe_url(database_url)
    print(f"== {backend}: {where}", flush=True)
    with tempfile.TemporaryDirectory(prefix="eval-search-") as folder:
        out = Path(folder) / "results.json"
        command = [sys.executable, str(Path(__file__).resolve()), "--worker", backend, "--out", str(out)]
        command += ["--judged", str(args.judged)] + (["--reseed"] if args.reseed else [])
        command += ["--only", *args.only] if args.only else []
        started = time.perf_counter()
        completed = subprocess.run(command, cwd=BASE_DIR, env=env, check=False)
        if completed.returncode != 0 or not out.exists():
            raise HarnessError(f"the {backend} run failed (exit status {completed.returncode}); see above")
        payload = json.loads(out.read_text("utf-8"))
    payload["timings"]["total"] = round(time.perf_counter() - started, 1)
    return payload


def _safe_url(url):
    parts = urlsplit(url)
    if parts.password:
        netloc = parts.netloc.replace(f":{parts.password}@", ":***@")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def evaluate(queries, payload):
    """Per query: the judgments left once absent gazette items are dropped, the metrics and what was read."""
    present = set(payload["present"])
    by_id = {result["id"]: result for result in payload["results"]}
    evaluated = []
    for query in queries:
        result = by_id[query["id"]]
        judgments = {path: grade for path, grade in query["relevant"].items() if path in present}
        dropped = sorted(set(query["relevant"]) - set(judgments))
        row = {
            "id": query["id"],
            "kind": query["kind"],
            "target": query["target"],
            "q": query["q"],
            "url": result["url"],
            "statuses": result["statuses"],
            "container": result["container"],
            "count": result["count"],
            "count_text": result["count_text"],
            "ranked": result["ranked"],
            "judgments": judgments,
            "not_in_demo": dropped,
        }
        if not judgments:
            row.update(p5=None, rr=None, ndcg=None)
        else:
            row.update(metrics(result["ranked"], judgments))
        evaluated.append(row)
    return evaluated


def summarise(rows):
    scored = [row for row in rows if row["p5"] is not None]
    groups = defaultdict(list)
    for row in scored:
        groups[row["kind"]].append(row)
        groups[f"{row['target']} (all kinds)"].append(row)
        groups["overall"].append(row)
    return {
        name: {
            "n": len(members),
            "p5": mean(row["p5"] for row in members),
            "mrr": mean(row["rr"] for row in members),
            "ndcg": mean(row["ndcg"] for row in members),
        }
        for name, members in groups.items()
    }


def report(payload, rows, summary, verbose):
    backend = payload["backend"]
    timings = payload["timings"]
    seeded = "skipped" if timings.get("seed_demo") is None else f"{timings['seed_demo']:.1f} s"
    print(
        f"\n== {backend} ({payload['vendor']}, {payload['database']}): {len(rows)} queries, "
        f"{payload['published_documents']} published legal documents"
    )
    print(
        f"   time: migrate {timings['migrate']:.1f} s, seed_demo {seeded}, search dictionary "
        f"{timings['search dictionary']:.1f} s, rebuild_search {timings['rebuild_search']:.1f} s, "
        f"queries {timings['queries']:.1f} s ({payload['requests']} requests), total {timings['total']:.1f} s"
    )
    print(f"   {DEFINITIONS}")
    print(f"\n   {'kind':<22} {'n':>3} {'P@5':>6} {'MRR':>6} {'nDCG@10':>8}")
    order = [*KINDS, "overall", *(f"{target} (all kinds)" for target in TARGETS)]
    for name in order:
        if name in summary:
            if name == "overall":
                print("   " + "-" * 48)
            figures = summary[name]
            print(
                f"   {name:<22} {figures['n']:>3} {figures['p5']:>6.3f} {figures['mrr']:>6.3f} {figures['ndcg']:>8.3f}"
            )
    overall = summary.get("overall", {"p5": 0, "mrr": 0})
    checks = [
        (f"overall precision@5 {overall['p5']:.3f} >= {OVERALL_P5}", overall["p5"] >= OVERALL_P5),
        (f"overall MRR {overall['mrr']:.3f} >= {OVERALL_MRR}", overall["mrr"] >= OVERALL_MRR),
    ]
    for kind in KINDS:
        if kind in summary:
            figures = summary[kind]
            low = min(figures["p5"], figures["mrr"])
            checks.append((f"{kind}: lowest of P@5 and MRR {low:.3f} >= {KIND_MINIMUM}", low >= KIND_MINIMUM))
    print()
    for label, ok in checks:
        print(f"   {'PASS' if ok else 'FAIL'}  {backend}: {label}")
    problems = [row for row in rows if row["p5"] is not None and (row["rr"] < 1 or row["p5"] < 1)]
    print(f"\n   queries with RR < 1 or P@5 < 1: {len(problems)} of {len(rows)}")
    for row in problems:
        first = next((rank for rank, path in enumerate(row["ranked"][:TOP], 1) if path in row["judgments"]), None)
        print(
            f"   {row['id']:<10} {row['kind']:<12} {row['target']:<7} P@5 {row['p5']:.2f} RR {row['rr']:.2f} "
            f"nDCG {row['ndcg']:.2f}  first relevant at {first or '-'}, announced {_count(row)}  {row['q']!r}"
        )
    for row in rows:
        if not row["container"]:
            print(f"   ! {row['id']}: no results list on the page ({row['url']}): counted as no result")
        if any(status >= 400 for status in row["statuses"]):
            print(f"   ! {row['id']}: HTTP {row['statuses']} for {row['url']}: no result from the failing page on")
        if row["p5"] is None:
            print(f"   ! {row['id']}: none of its judged items is in this demo: not scored")
    dropped = sorted({path for row in rows for path in row["not_in_demo"]})
    if dropped:
        print(
            f"   {len(dropped)} judged gazette documents/issues are not in this demo (published after it was seeded): "
            "left out of their queries' judgments"
        )
    if payload.get("documents_after_judgments"):
        print(
            f"   ! {payload['documents_after_judgments']} published legal documents are in no issue of {JUDGED_THROUGH} or before, "
            "the end of the judgments: extend the judged set before trusting the figures"
        )
    if payload["missing_pages"]:
        print(f"   ! judged pages this demo does not have (fix the judgments or the demo): {payload['missing_pages']}")
    if verbose:
        print("\n   top 5 of every query (2/1 = judged grade, . = not judged relevant):")
        for row in rows:
            print(f"   {row['id']} {row['q']!r} ({row['target']}, announced {_count(row)}):")
            for rank, path in enumerate(row["ranked"][:5], start=1):
                print(f"      {rank}. [{row['judgments'].get(path, '.')}] {path}")
            if not row["ranked"]:
                print("      (no result)")
    return all(ok for _label, ok in checks)


def _count(row):
    return "?" if row["count"] is None else row["count"]


def agreement(rows_by_backend):
    """Whether each query gives the same SET of result paths (every page read, up to MAX_PAGES) on both backends, and
    the same announced count. Prints and returns the queries that differ."""
    (name_a, rows_a), (name_b, rows_b) = list(rows_by_backend.items())[:2]
    differing = []
    for row_a, row_b in zip(rows_a, rows_b, strict=True):
        set_a, set_b = set(row_a["ranked"]), set(row_b["ranked"])
        if set_a != set_b or row_a["count"] != row_b["count"]:
            differing.append(
                {
                    "id": row_a["id"],
                    "q": row_a["q"],
                    "same_set": set_a == set_b,
                    "counts": {name_a: row_a["count"], name_b: row_b["count"]},
                    f"only_{name_a}": sorted(set_a - set_b),
                    f"only_{name_b}": sorted(set_b - set_a),
                }
            )
    same_sets = len(rows_a) - sum(1 for item in differing if not item["same_set"])
    same_counts = len(rows_a) - sum(1 for item in differing if len(set(item["counts"].values())) > 1)
    print(
        f"\n== backend agreement ({name_a} vs {name_b}): {same_sets} of {len(rows_a)} queries give the same result set, "
        f"{same_counts} of {len(rows_a)} the same announced count"
    )
    for item in differing:
        only_a, only_b = item[f"only_{name_a}"], item[f"only_{name_b}"]
        counts = ", ".join(f"{name} {_count({'count': count})}" for name, count in item["counts"].items())
        print(
            f"   {item['id']:<10} {item['q']!r}: announced {counts}; only on {name_a}: {len(only_a)}, "
            f"only on {name_b}: {len(only_b)}"
        )
    return differing


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=(*BACKENDS, "both"), default="both")
    parser.add_argument("--verbose", action="store_true", help="print every query's top 5 with its judgments")
    parser.add_argument("--json", metavar="FILE", help="write everything (each query's ranked paths too) to FILE")
    parser.add_argument("--strict", action="store_true", help="exit 1 when an acceptance threshold is not met")
    parser.add_argument("--reseed", action="store_true", help="run seed_demo even when the demo is there")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judged queries (JSON)")
    parser.add_argument("--only", nargs="+", default=[], metavar="ID_OR_KIND", help="only these queries or kinds")
    parser.add_argument("--worker", choices=BACKENDS, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    try:
        if args.worker:
            worker(args.worker, args.out, args.reseed, args.judged, args.only)
            return 0
        queries = load_judged(args.judged, args.only)
        database_url = os.environ.get("EVAL_DATABASE_URL", "").strip() or DEFAULT_DATABASE_URL
        backends = BACKENDS if args.backend == "both" else (args.backend,)
        print(
            f"{len(queries)} judged queries from {args.judged.relative_to(BASE_DIR)}; backends: {', '.join(backends)}"
        )
        payloads = {backend: run_backend(backend, args, database_url) for backend in backends}
    except HarnessError as exc:
        print(f"eval-search: {exc}", file=sys.stderr)
        return 2

    output = {"definitions": DEFINITIONS, "backends": {}}
    rows_by_backend, passed = {}, True
    for backend, payload in payloads.items():
        rows = evaluate(queries, payload)
        summary = summarise(rows)
        passed = report(payload, rows, summary, args.verbose) and passed
        rows_by_backend[backend] = rows
        output["backends"][backend] = {
            key: payload[key] for key in ("vendor", "database", "timings", "requests", "missing_pages")
        } | {"summary": summary, "queries": rows}
    if len(rows_by_backend) > 1:
        output["agreement"] = agreement(rows_by_backend)
    if args.json:
        Path(args.json).write_text(json.dumps(output, ensure_ascii=False, indent=1), "utf-8")
        print(f"\nWritten: {args.json}")
    if args.strict and not passed:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
