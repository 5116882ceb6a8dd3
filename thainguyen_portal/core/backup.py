"""Backups of the database and the media files, and their restore (`manage.py backup`, `manage.py restore`).

A backup is a directory `var/backups/<YYYYmmdd-HHMMSS>/` (or under `--dir` / BACKUP_DIR) holding:

* `database.sqlite3` (SQLite's online backup API: consistent while the site runs) or `database.pgdump`
  (`pg_dump --format=custom`, restored with `pg_restore --clean`);
* `media.tar.gz`, every uploaded image, document and media file;
* `manifest.json`: when, which database engine, and the counts of pages, images and documents, which `restore`
  checks afterwards.

The newest `--keep` backups are kept (7 by default); older ones are deleted.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connection, connections
from django.utils import timezone


class BackupError(Exception):
    pass


def backup_root(directory=None):
    return Path(directory or os.environ.get("BACKUP_DIR") or Path(settings.VAR_DIR) / "backups")


def counts():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    return {
        "pages": Page.objects.count(),
        "live_pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }


def _pg_env_and_args():
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = []
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return env, args, db["NAME"]


def _run(command, env=None):
    try:
        subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise BackupError(f"{command[0]} is not installed (PostgreSQL client tools are needed)") from exc
    except subprocess.CalledProcessError as exc:
        raise BackupError(f"{command[0]} failed: {exc.stderr.strip()[-500:]}") from exc


def make_backup(directory=None, keep=7):
    root = backup_root(directory)
    target = root / timezone.localtime().strftime("%Y%m%d-%H%M%S")
    suffix = 1
    while target.exists():
        suffix += 1
        target = root / f"{timezone.localtime():%Y%m%d-%H%M%S}-{suffix}"
    target.mkdir(parents=True)
    try:
        vendor = connection.vendor
        if vendor == "sqlite":
            connection.ensure_connection()
            destination = sqlite3.connect(target / "database.sqlite3")
            with destination:
                connection.connection.backup(destination)
            destination.close()
        elif vendor == "postgresql":
            env, args, name = _pg_env_and_args()
            _run(
                ["pg_dump", "--format=custom", "--no-owner", *args, "--file", str(target / "database.pgdump"), name],
                env,
            )
        else:
            raise BackupError(f"backups of {vendor} databases are not supported")
        media_root = Path(settings.MEDIA_ROOT)
        with tarfile.open(target / "media.tar.gz", "w:gz") as archive:
            if media_root.exists():
                archive.add(media_root, arcname="media")
        manifest = {"created": timezone.now().isoformat(), "vendor": vendor, "counts": counts()}
        (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
    except Exception:
        shutil.rmtree(target, ignore_errors=True)
        raise
    for old in sorted((p for p in root.iterdir() if (p / "manifest.json").exists()), reverse=True)[keep:]:
        shutil.rmtree(old)
    return target


def restore_backup(source):
    source = Path(source)
    manifest_path = source / "manifest.json"
    if not manifest_path.exists():
        raise BackupError(f"{source} is not a backup (no manifest.json)")
    manifest = json.loads(manifest_path.read_text())
    vendor = connection.vendor
    if manifest["vendor"] != vendor:
        raise BackupError(f"this backup is of a {manifest['vendor']} database, the site uses {vendor}")
    if vendor == "sqlite":
        connection.ensure_connection()
        backup = sqlite3.connect(source / "database.sqlite3")
        with backup:
            backup.backup(connection.connection)
        backup.close()
    else:
        connections.close_all()
        env, args, name = _pg_env_and_args()
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                "--dbname",
                name,
                str(source / "database.pgdump"),
            ],
            env,
        )
    media_root = Path(settings.MEDIA_ROOT)
    with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
        members = [m for m in archive.getmembers() if m.name == "media" or m.name.startswith("media/")]
        staging = media_root.parent / f".{media_root.name}.restoring"
        shutil.rmtree(staging, ignore_errors=True)
        archive.extractall(staging, members=members, filter="data")
        if media_root.exists():
            shutil.rmtree(media_root)
        if (staging / "media").exists():
            (staging / "media").rename(media_root)
        else:
            media_root.mkdir(parents=True)
        shutil.rmtree(staging, ignore_errors=True)
    restored = counts()
    if restored != manifest["counts"]:
        raise BackupError(f"restored counts {restored} differ from the backup's {manifest['counts']}")
    return manifest
