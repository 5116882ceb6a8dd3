"""`make soak`: minutes of load on the public site while the newsroom publishes, the way production runs.

gunicorn (production settings) serves the demo site on 127.0.0.1; wrk loads a rotation of public URLs (home pages,
sections, articles, gazette, multimedia, magazine, search) for the whole run. Meanwhile this script publishes a new
article every few seconds, in turn by each of the newsroom's three paths: as the admin's "Publish" does (a revision,
published); through the admin as an approver, the final approval of the "Biên tập – Duyệt đăng" workflow; and
through the admin's page listing, a bulk Publish of two articles then a bulk Unpublish of them with a reason (the
last two run in one transaction each, Wagtail's; the admin requests go through Django's test client in this
process, against the same database and Redis). After each change it fetches the home page, the section and the
article as an anonymous reader from gunicorn: the new title must be on all three (none after an unpublish, and the
article gone) — no stale page after a change. Every few seconds it samples the workers' resident memory. At the end it prints the
load figures, the publish checks, the memory samples and the server's logged errors, and deletes its articles.

Needs Redis (REDIS_URL): the page cache and its invalidation are shared between the workers and the publisher
through it, as in production. PostgreSQL with DATABASE_URL, else an SQLite file under var/soak/.
Workers are not recycled during the run (GUNICORN_MAX_REQUESTS=0), so that a leak shows as growth.

    .venv/bin/python tools/soak.py [--minutes 3] [--publish-every 5] [--connections 16] [--workers 2]
"""

import argparse
import html
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench  # noqa: E402  (tools/bench.py: the production environment and the gunicorn server)

BASE_DIR = bench.BASE_DIR
PYTHON = bench.PYTHON
VAR = BASE_DIR / "var" / "soak"


def environment(port):
    return bench.environment(port, page_cache=True, var=VAR)


def public_paths():
    """A rotation of public URLs: both home pages and the newest live pages of each public page type."""
    from django.apps import apps
    from wagtail.models import Page

    paths = ["/", "/en/", "/tim-kiem/?q=thai+nguyen", "/tim-kiem/?q=che"]
    labels = [
        "news.NewsIndexPage",
        "news.SectionPage",
        "news.ArticlePage",
        "multimedia.MultimediaIndexPage",
        "multimedia.VideoPage",
        "multimedia.GalleryPage",
        "multimedia.LayeredStoryPage",
        "gazette.GazetteIndexPage",
        "gazette.GazetteIssuePage",
        "travietpub.MagazineIndexPage",
        "travietpub.MagazineIssuePage",
        "home.StandardPage",
    ]
    for label in labels:
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        for page in model.objects.live().public().order_by("-first_published_at")[:3]:
            url = Page.get_url(page)
            if url and url.startswith("/") and url not in paths:
                paths.append(url)
    return paths


def wrk_script(paths):
    quoted = ", ".join('"' + path.replace("\\", "\\\\").replace('"', '\\"') + '"' for path in paths)
    script = VAR / "rotation.lua"
    script.write_text(
        f"local paths = {{{quoted}}}\n"
        "local i = 0\n"
        "request = function()\n"
        "  i = (i % #paths) + 1\n"
        '  return wrk.format("GET", paths[i])\n'
        "end\n"
    )
    return script


def parse_wrk(out):
    def latency(pct):
        match = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        if not match:
            return float("nan")
        value, unit = float(match.group(1)), match.group(2)
        return value / 1000 if unit == "us" else value * 1000 if unit == "s" else value

    socket_errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency(50),
        "p90": latency(90),
        "p99": latency(99),
        "socket_errors": socket_errors,
        "non_2xx": int(non2xx.group(1)) if non2xx else 0,
    }


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace"), response.headers.get("X-Cache", "")
    except urllib.error.HTTPError as exc:
        return exc.code, "", ""


class Publisher:
    """Publishes articles in the sections by the newsroom's paths, and checks what readers then see."""

    def __init__(self, base):
        from news.models import ArticlePage, SectionPage

        self.base = base
        self.model = ArticlePage
        self.sections = [
            section
            for section in SectionPage.objects.live().public().filter(locale__language_code="vi").order_by("path")
            if ArticlePage in section.specific_class.allowed_subpage_models()
        ][:4]
        if not self.sections:
            raise SystemExit("no live Vietnamese section to publish into: is the demo seeded?")
        self.run_id = time.strftime("%H%M%S")
        self.published, self.stale, self.failures, self.durations = [], [], [], []
        self.counts = {"publish": 0, "workflow approval": 0, "bulk publish": 0, "bulk unpublish": 0}
        self.users = self.newsroom_users()
        from django.test import Client

        self.admin = Client(HTTP_HOST="127.0.0.1")  # as the approver, in this process
        self.sign_in(self.users["approvers"])

    def newsroom_users(self):
        """A reporter, an editor and an approver of the newsroom (groups made by seed_demo's setup_newsroom)."""
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        from thainguyen_portal.editorial.roles import role

        users = {}
        for key in ("reporters", "editors", "approvers"):
            user, _ = get_user_model().objects.get_or_create(username=f"soak-{key}")
            user.groups.add(Group.objects.get(name=role(key).name))
            users[key] = user
        return users

    def sign_in(self, user):
        """Signed in with a password and a verified one-time password, as an approver must be (core/security/otp.py)."""
        from django_otp import DEVICE_ID_SESSION_KEY
        from django_otp.plugins.otp_totp.models import TOTPDevice

        device, _ = TOTPDevice.objects.get_or_create(user=user, name="soak", defaults={"confirmed": True})
        self.admin.force_login(user)
        session = self.admin.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    def clean_up_users(self):
        for user in self.users.values():
            user.delete()

    def publish_one(self, number):
        """In turn: a plain publish, a workflow approval, a bulk publish and unpublish."""
        from django.db import close_old_connections

        close_old_connections()
        section = self.sections[number % len(self.sections)]
        kind = ("publish", "workflow", "bulk")[number % 3]
        started = time.monotonic()
        if kind == "publish":
            article = self.draft(section, number)
            self.model.objects.get(pk=article.pk).get_latest_revision().publish()
            self.counts["publish"] += 1
            self.check(section, [article], number, "publishing")
        elif kind == "workflow":
            article = self.draft(section, number)
            self.approve(article)
            self.counts["workflow approval"] += 1
            self.check(section, [article], number, "the workflow approval of")
        else:
            articles = [self.draft(section, number), self.draft(section, number, "b")]
            self.bulk("publish", articles, section)
            self.counts["bulk publish"] += 1
            self.check(section, articles, number, "the bulk publish of")
            self.bulk("unpublish", articles, section, reason="Kiểm thử tải: rút bài hàng loạt.")
            self.counts["bulk unpublish"] += 1
            self.check(section, articles, number, "the bulk unpublish of", live=False)
        self.durations.append(time.monotonic() - started)

    def draft(self, section, number, suffix=""):
        article = self.model(
            title=f"Kiểm thử tải {self.run_id}-{number}{suffix}: Thái Nguyên cập nhật tin mới",
            slug=f"kiem-thu-tai-{self.run_id}-{number}{suffix}",
            sapo="Bài kiểm thử tải tự động: đăng trong lúc cổng đang phục vụ bạn đọc.",
            authors="Tòa soạn",
            live=False,
        )
        section.add_child(instance=article)
        article.save_revision(user=self.users["reporters"])
        self.published.append(article.pk)
        return article

    def approve(self, article):
        """The reporter submits, the editor approves the first step, the approver the last one in the admin."""
        from django.urls import reverse
        from wagtail.models import Page

        article.get_workflow().start(article, self.users["reporters"])
        task_state = Page.objects.get(pk=article.pk).current_workflow_state.current_task_state
        task_state.task.specific.on_action(task_state, self.users["editors"], "approve")
        task_state = Page.objects.get(pk=article.pk).current_workflow_state.current_task_state
        url = reverse("wagtailadmin_pages:workflow_action", args=[article.pk, "approve", task_state.pk])
        response = self.admin.post(url, {"comment": ""})
        if response.status_code not in (200, 302) or not Page.objects.get(pk=article.pk).live:
            self.failures.append(f"the workflow approval of {article.slug} failed ({response.status_code})")

    def bulk(self, action, articles, section, **data):
        from wagtail.models import Page

        ids = "&".join(f"id={article.pk}" for article in articles)
        url = f"/admin/bulk/wagtailcore/page/{action}/?{ids}&next=/admin/pages/{section.pk}/"
        response = self.admin.post(url, data)
        live = [Page.objects.get(pk=article.pk).live for article in articles]
        if response.status_code != 302 or live != [action == "publish"] * len(articles):
            self.failures.append(f"the bulk {action} of {len(articles)} articles failed ({response.status_code})")

    def check(self, section, articles, number, what, live=True):
        """What an anonymous reader gets from gunicorn right after the change was committed."""
        for article in articles:
            marker = html.escape(article.title, quote=False)
            path = article.get_url()
            checks = {"home": "/", "section": section.url, "article": path}
            for name, url in checks.items():
                status, body, cache = fetch(self.base + url)
                if name == "article" and not live:
                    if status != 404:
                        self.stale.append(f"article {url} answered {status} after {what} #{number}")
                elif status != 200:
                    self.failures.append(f"{name} {url} answered {status} after {what} #{number}")
                elif (marker in body) != live:
                    shown = "still shows" if not live else "lacks"
                    self.stale.append(f"{name} {url} (X-Cache {cache or '-'}) {shown} article #{number} after {what}")

    def clean_up(self):
        from wagtail.models import Page

        for page in Page.objects.filter(pk__in=self.published):
            page.delete()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", 3)))
    parser.add_argument("--publish-every", type=float, default=float(os.environ.get("SOAK_PUBLISH_EVERY", 5)))
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=int(os.environ.get("SOAK_PORT", 8766)))
    parser.add_argument("--sample-every", type=float, default=5)
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (Debian's package)")
    if not os.environ.get("REDIS_URL"):
        raise SystemExit(
            "make soak needs REDIS_URL: gunicorn's workers and the publisher share the page cache through Redis, "
            "as in production (local memory is per process). Example:\n"
            "  make soak DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_soak REDIS_URL=redis://127.0.0.1:6379/8"
        )

    env = environment(args.port)
    database = "PostgreSQL" if env.get("DATABASE_URL") else "SQLite"
    print(f"Preparing the demo site ({database}, Redis) …", flush=True)
    bench.prepare(env)
    os.environ.update(env)
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    paths = public_paths()
    base = f"http://127.0.0.1:{args.port}"
    duration = int(args.minutes * 60)

    server = bench.Server(env, args.port, args.workers)
    samples = []
    publisher = Publisher(base)
    try:
        for path in paths:  # renditions and the first cache fill, and every URL must answer
            status, _body, _cache = fetch(base + path)
            if status != 200:
                print(f"warning: {path} answered {status} before the load", flush=True)
        samples.append((0.0, server.worker_rss_by_pid()))
        print(
            f"Soaking for {duration} s: {len(paths)} URLs, {args.connections} connections, {args.workers} workers, "
            f"an article every {args.publish_every:g} s …",
            flush=True,
        )
        script = wrk_script(paths)
        started = time.monotonic()
        load = subprocess.Popen(
            ["wrk", "-t2", f"-c{args.connections}", f"-d{duration}s", "--latency", "-s", str(script), base],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        stop = threading.Event()

        def sample():
            while not stop.wait(args.sample_every):
                samples.append((time.monotonic() - started, server.worker_rss_by_pid()))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        number = 0
        while load.poll() is None:
            number += 1
            publisher.publish_one(number)
            next_at = started + number * args.publish_every
            while load.poll() is None and time.monotonic() < next_at:
                time.sleep(0.2)
        output = load.communicate()[0]
        stop.set()
        sampler.join()
        samples.append((time.monotonic() - started, server.worker_rss_by_pid()))
        errors = server.logged_errors()
    finally:
        server.stop()
        publisher.clean_up()
        publisher.clean_up_users()

    result = parse_wrk(output)
    print(
        f"\nmake soak — {database}, Redis; gunicorn {args.workers} workers (not recycled); wrk 2 threads, "
        f"{args.connections} connections, {duration} s over {len(paths)} public URLs\n"
    )
    print(
        f"load:      {result['requests']:,} requests, {result['rps']:.1f} req/s; latency p50 {result['p50']:.1f} ms, "
        f"p90 {result['p90']:.1f} ms, p99 {result['p99']:.1f} ms"
    )
    print(f"errors:    {result['non_2xx']} non-2xx/3xx responses, {result['socket_errors']} socket errors")
    published = len(publisher.published)
    took = statistics.median(publisher.durations) * 1000 if publisher.durations else 0
    kinds = ", ".join(f"{count} {kind}" for kind, count in publisher.counts.items())
    print(
        f"publishes: {published} articles ({kinds}; median {took:.0f} ms a round); stale after a change: "
        f"{len(publisher.stale)}; failed checks: {len(publisher.failures)}"
    )
    for line in (publisher.stale + publisher.failures)[:10]:
        print(f"           {line}")
    first, last = samples[0][1], samples[-1][1]
    peaks = {}
    for _t, sizes in samples:
        for pid, mb in sizes.items():
            peaks[pid] = max(peaks.get(pid, 0), mb)
    print(
        "memory:    worker RSS (MB) at start → end (peak): "
        + ", ".join(
            f"{first.get(pid, 0):.0f} → {last.get(pid, 0):.0f} ({peaks.get(pid, 0):.0f})"
            for pid in sorted(set(first) | set(last))
        )
    )
    series = [f"{t:.0f}s:{sum(sizes.values()):.0f}" for t, sizes in samples[:: max(1, len(samples) // 8)]]
    print(f"           total over time: {' '.join(series)}")
    print(f"server:    {len(errors)} error lines in the gunicorn log ({server.log_path.relative_to(BASE_DIR)})")
    for line in errors[:5]:
        print(f"           {line[:160]}")
    ok = not (result["non_2xx"] or result["socket_errors"] or publisher.stale or publisher.failures or errors)
    print("\nsoak: " + ("OK" if ok else "PROBLEMS FOUND (see above)"))
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
