"""`make bench-gazette` (or `make bench GAZETTE=1`): the gazette lookup at 20,000 documents, in one process.

Migrates the database, tops the published legal documents up to 20,000 (`seed_gazette_scale`, only what is
missing: a fresh clone seeds them all, about a minute), then runs `manage.py bench_gazette`: p50 and p95 of number,
word and filter lookups (the issue's goal: p95 <= 100 ms on PostgreSQL). Use a database of its own:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal_bench make bench-gazette
    .venv/bin/python tools/bench_gazette.py [--database-url URL] [--runs 200]

Without DATABASE_URL (or --database-url) it runs on a separate SQLite file under var/bench-gazette/ and says so;
the figures the issue asks for are PostgreSQL's. REDIS_URL, when set, holds the cached facet counts.
"""

import argparse
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
VAR = BASE_DIR / "var" / "bench-gazette"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--runs", type=int, default=200, help="lookups of each kind")
    parser.add_argument("--scale", type=int, default=20_000, help="published documents to measure over")
    args = parser.parse_args()

    env = dict(os.environ)
    # Development settings without DEBUG: no query log kept in memory, nothing else of production needed.
    env.update(DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.dev", DEBUG="false", LOG_LEVEL="WARNING")
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    else:
        env.pop("DATABASE_URL", None)
        env["PORTAL_VAR_DIR"] = str(VAR)
        VAR.mkdir(parents=True, exist_ok=True)
        print(f"No DATABASE_URL: SQLite under {VAR} (the issue's figures are PostgreSQL's).", flush=True)

    def manage(*command):
        subprocess.run([sys.executable, "manage.py", *command], cwd=BASE_DIR, env=env, check=True)

    manage("migrate", "--noinput", "-v0")
    manage("bench_gazette", "--seed-missing", f"--scale={args.scale}", f"--runs={args.runs}")


if __name__ == "__main__":
    main()
