"""Backups of the database, the media files and the private files, and their restore (`manage.py backup`,
`manage.py restore`).

A backup is a directory `var/backups/<YYYYmmdd-HHMMSS>/` (or under `--dir` / BACKUP_DIR) holding:

* `database.sqlite3` (SQLite's online backup API: consistent while the site runs) or `database.pgdump`
  (`pg_dump --format=custom`, restored with `pg_restore --clean`);
* `media.tar.gz`, every uploaded image, document and media file;
* `private.tar.gz`, the files kept outside MEDIA_ROOT with no public URL, one part per directory that
  `PORTAL_PRIVATE_FILE_ROOTS` (the platform's: the photos of field reports under `field-reports/`) and the areas'
  `area.py` (`PrivateFiles`: the attachments of readers' petitions under `petitions/`) list;
* `manifest.json`: when, which database engine, the counts of pages, images, documents and of the rows of each
  private directory's model, and the numbers of media and private files archived, which `restore` checks before
  and after.

Everything is archived by content: a MEDIA_ROOT or a private directory that is a symbolic link (to a shared volume),
or a link inside them, is followed. The backup fails (non-zero, the directory removed) when an archive does not
hold every file found in its source tree. A backup holds the database (contacts, password hashes, one-time password
secrets): its directory is 0700 and its files 0600.

Restore is an offline operation: stop the web processes and the task workers first (readers served during
`pg_restore` meet locks and errors). It checks the archives before it replaces anything, and starts a new
generation of the page cache afterwards, so that no page cached before (or during) the restore is served.

The newest `--keep` backups are kept (7 by default); older ones are deleted.

A backup made before private files were archived (no `private.tar.gz`), or before a private directory was added to
`PORTAL_PRIVATE_FILE_ROOTS` (its manifest does not name it), still restores: the directories it does not hold are
left as they are, and `restore_backup` says so in the `notes` of the manifest it returns.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import connection, connections
from django.utils import timezone

from ..areas import areas


class BackupError(Exception):
    pass


def backup_root(directory=None):
    return Path(directory or os.environ.get("BACKUP_DIR") or Path(settings.VAR_DIR) / "backups")


def _private_roots():
    """(name in the archive, directory, model label, count key) of every private directory.

    The platform's are in `PORTAL_PRIVATE_FILE_ROOTS`, the areas' in their area.py (`Area.private_files`); core
    names no area, and reaches the models through the app registry. Each directory is read from its own setting at
    each call, so a deployment or a test may move it.
    """
    roots = [
        (name, root["setting"], root["model"], root["count"])
        for name, root in getattr(settings, "PORTAL_PRIVATE_FILE_ROOTS", {}).items()
    ]
    roots += [(files.name, files.setting, files.model, files.count) for area in areas() for files in area.private_files]
    for name, setting, model, count in roots:
        directory = getattr(settings, setting, None)
        if directory:
            yield name, Path(directory), model, count


def counts():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    result = {
        "pages": Page.objects.count(),
        "live_pages": Page.objects.live().count(),
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
    }
    for _name, _directory, label, key in _private_roots():
        try:
            model = apps.get_model(label)
        except LookupError:
            continue
        result[key] = model.objects.count()
    return result


def _files_in(directory):
    return sum(1 for path in directory.rglob("*") if path.is_file()) if directory.is_dir() else 0


def _files_followed(directory):
    """The files under `directory`, following symbolic links (to files and to directories) as the archive does."""
    if not Path(directory).is_dir():
        return 0
    return sum(
        1
        for parent, _dirs, names in os.walk(directory, followlinks=True)
        for name in names
        if os.path.isfile(os.path.join(parent, name))
    )


def _archived_files(archive, name):
    return sum(1 for m in archive.getmembers() if m.isfile() and (m.name + "/").startswith(f"{name}/"))


def _private_file(path):
    os.chmod(path, 0o600)


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
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o700)  # backups hold password hashes and one-time password secrets: the owner's only
    target = root / timezone.localtime().strftime("%Y%m%d-%H%M%S")
    suffix = 1
    while target.exists():
        suffix += 1
        target = root / f"{timezone.localtime():%Y%m%d-%H%M%S}-{suffix}"
    target.mkdir(mode=0o700)
    target.chmod(0o700)
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
        for database_file in target.glob("database.*"):
            _private_file(database_file)
        media_root = Path(settings.MEDIA_ROOT)
        # dereference: a MEDIA_ROOT that is a symbolic link, and links inside it, are archived by content.
        with tarfile.open(target / "media.tar.gz", "w:gz", dereference=True) as archive:
            _private_file(target / "media.tar.gz")
            if media_root.is_dir():
                _add(archive, media_root, "media")
            media_files = _archived_files(archive, "media")
        _check_complete("media", media_root, media_files)
        private_files = {}
        with tarfile.open(target / "private.tar.gz", "w:gz", dereference=True) as archive:
            _private_file(target / "private.tar.gz")
            for name, directory, _label, _key in _private_roots():
                if directory.is_dir():
                    _add(archive, directory, name)
                private_files[name] = _archived_files(archive, name)
                _check_complete(name, directory, private_files[name])
        manifest = {
            "created": timezone.now().isoformat(),
            "vendor": vendor,
            "counts": counts(),
            "media_files": media_files,
            "private_files": private_files,
        }
        (target / "manifest.json").write_text(json.dumps(manifest, indent=2))
        _private_file(target / "manifest.json")
    except Exception:
        shutil.rmtree(target, ignore_errors=True)
        raise
    for old in sorted((p for p in root.iterdir() if (p / "manifest.json").exists()), reverse=True)[keep:]:
        shutil.rmtree(old)
    return target


def _add(archive, directory, name):
    try:
        archive.add(Path(directory).resolve(), arcname=name)
    except OSError as exc:  # a file that cannot be read, a link to nothing
        raise BackupError(f"{directory} could not be archived whole ({exc}): the backup is incomplete") from exc


def _check_complete(name, directory, archived):
    """A backup never reports success with files missing: the archive must hold every file of its source tree."""
    expected = _files_followed(directory)
    if archived != expected:
        raise BackupError(
            f"the {name} archive holds {archived} files, {directory} has {expected}: the backup is incomplete"
        )


def _check_archives(source, manifest):
    """Before anything is replaced: every archive opens, holds only files and directories (no links, which a
    restore would refuse half-way), and holds the number of files the manifest recorded."""
    expected = {"media.tar.gz": {"media": manifest.get("media_files")}}
    if (source / "private.tar.gz").exists():
        expected["private.tar.gz"] = manifest.get("private_files", {})
    for archive_name, names in expected.items():
        try:
            with tarfile.open(source / archive_name, "r:gz") as archive:
                members = archive.getmembers()
                links = [m.name for m in members if not (m.isfile() or m.isdir())]
                if links:
                    raise BackupError(f"{archive_name} holds links, not files ({links[0]}): it cannot be restored")
                for name, count in names.items():
                    if count is not None and _archived_files(archive, name) != count:
                        found = _archived_files(archive, name)
                        raise BackupError(f"{archive_name} holds {found} {name} files, the manifest says {count}")
        except (OSError, tarfile.TarError, EOFError) as exc:
            raise BackupError(f"{archive_name} cannot be read: {exc}") from exc


def renew_caches():
    """After a restore: a new `site` generation of the page cache (every cached page and frame is rebuilt on its
    next request) and Wagtail's cached site root paths forgotten."""
    from wagtail.models import Site

    from ..publishing import pagecache

    pagecache.bump("site")
    Site.clear_site_root_paths_cache()


def restore_backup(source):
    source = Path(source)
    manifest_path = source / "manifest.json"
    if not manifest_path.exists():
        raise BackupError(f"{source} is not a backup (no manifest.json)")
    manifest = json.loads(manifest_path.read_text())
    vendor = connection.vendor
    if manifest["vendor"] != vendor:
        raise BackupError(f"this backup is of a {manifest['vendor']} database, the site uses {vendor}")
    _check_archives(source, manifest)
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
    with tarfile.open(source / "media.tar.gz", "r:gz") as archive:
        _replace_content(Path(settings.MEDIA_ROOT), archive, "media")
    notes = []
    if (source / "private.tar.gz").exists():
        notes += _restore_private(source / "private.tar.gz", manifest.get("private_files", {}))
    else:
        notes.append(
            "this backup holds no private files (it was made before they were backed up): "
            "the private files on disk were left as they are"
        )
    renew_caches()
    # Only the counts the backup recorded: an older backup has no count of the private directories it does not hold.
    restored = counts()
    restored = {key: restored.get(key) for key in manifest["counts"]}
    if restored != manifest["counts"]:
        raise BackupError(f"restored counts {restored} differ from the backup's {manifest['counts']}")
    manifest["notes"] = notes
    return manifest


def _restore_private(archive_path, expected_files):
    """Replace the content of every private directory the backup holds (its manifest names it) with its part of the
    archive, and return notes on the directories it does not hold (a backup made before they were archived), which
    are left as they are.

    The directory itself stays (it may be a mount point or a symbolic link to a shared volume): the archive is
    unpacked into a hidden directory inside it, on the same file system, then the old entries are removed and the
    restored ones moved in.
    """
    notes = []
    with tarfile.open(archive_path, "r:gz") as archive:
        for name, directory, _label, _key in _private_roots():
            if name not in expected_files:
                notes.append(
                    f"this backup holds no {name} files (it was made before they were backed up): "
                    f"{directory} was left as it is"
                )
                continue
            _replace_content(directory, archive, name)
            found = _files_in(directory.resolve())
            if found != expected_files[name]:
                raise BackupError(f"{found} {name} files restored, the backup holds {expected_files[name]}")
    return notes


def _replace_content(directory, archive, name):
    """Replace what `directory` holds with the archive's `name/` part. The directory itself stays (it may be a
    mount point or a symbolic link to a shared volume): the part is unpacked into a hidden directory inside it, on
    the same file system, then the old entries are removed and the restored ones moved in."""
    mine = [m for m in archive.getmembers() if m.name == name or m.name.startswith(f"{name}/")]
    directory.mkdir(parents=True, exist_ok=True)
    directory = directory.resolve()
    staging = directory / ".restoring"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    archive.extractall(staging, members=mine, filter="data")
    for entry in directory.iterdir():
        if entry != staging:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    restored = staging / name
    if restored.is_dir():
        for entry in restored.iterdir():
            entry.rename(directory / entry.name)
    shutil.rmtree(staging)
