"""Fill a .po catalogue from a JSON dictionary {msgid: msgstr} (plural: {msgid: [singular, plural]}).

Used when adding strings: `make messages` extracts them, translators (or we) add the Vietnamese to
thainguyen_portal/locale/vi/translations.json, this script writes them into the catalogue, and `make messages`
compiles it. Prints the msgids still untranslated and exits 1 if there are any.
"""

import json
import sys

import polib


def main(po_path, json_path):
    catalogue = polib.pofile(po_path)
    with open(json_path, encoding="utf-8") as handle:
        translations = json.load(handle)
    missing = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        value = translations.get(entry.msgid)
        if value is None:
            if not entry.translated():
                missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            singular, plural = value if isinstance(value, list) else (value, value)
            # Vietnamese has one plural form.
            entry.msgstr_plural = {0: plural}
        else:
            entry.msgstr = value
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    catalogue.metadata["Language"] = "vi"
    catalogue.metadata["Plural-Forms"] = "nplurals=1; plural=0;"
    catalogue.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    catalogue.save(po_path)
    for msgid in missing:
        sys.stdout.write(f"untranslated: {msgid!r}\n")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
