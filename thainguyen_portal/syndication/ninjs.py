"""IPTC ninjs 2.1 (News in JSON) from the plain dicts the content apps' API resources give.

https://www.iptc.org/std/ninjs/ — the tests validate the output against the official 2.1 JSON schema
(``tests/data/ninjs-schema_2.1.json``). Only ninjs properties are written: the schema forbids any other.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.html import strip_tags

NINJS_VERSION = "2.1"
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"


def _moment(value):
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else timezone.make_aware(value)
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return timezone.make_aware(datetime.datetime.combine(value, datetime.time.min)).isoformat()
    return str(value)


def to_ninjs(item, resource):
    """One item as a ninjs object (``uri`` is the page's permanent absolute address)."""
    data = {
        "uri": item["url"],
        "standard": {"name": "ninjs", "version": NINJS_VERSION, "schema": NINJS_SCHEMA},
        "type": item.get("ninjs_type") or resource.ninjs,
        "representationtype": "full" if "body_html" in item else "partial",
        "profile": f"thainguyen-portal-{resource.name}",
        "language": item.get("language") or settings.LANGUAGE_CODE,
        "pubstatus": "usable",
        "title": item["title"],
        "headlines": [{"role": "main", "value": item["title"]}],
        "copyrightholder": settings.SYNDICATION_COPYRIGHT_HOLDER,
        "usageterms": settings.SYNDICATION_USAGE_TERMS,
        "altids": [{"role": "portal-id", "value": f"{resource.name}:{item['id']}"}],
    }
    firstcreated = _moment(item.get("published"))
    if firstcreated:
        data["firstcreated"] = firstcreated
        data["versioncreated"] = _moment(item.get("updated")) or firstcreated
    if item.get("summary"):
        data["descriptions"] = [{"role": "summary", "contenttype": "text/plain", "value": item["summary"]}]
    if item.get("authors"):
        data["by"] = ", ".join(item["authors"])
    if item.get("slug"):
        data["slugline"] = item["slug"]
    if item.get("body_html"):
        text = strip_tags(item["body_html"])
        data["bodies"] = [
            {
                "role": "main",
                "contenttype": "text/html",
                "value": item["body_html"],
                "charcount": len(text),
                "wordcount": len(text.split()),
            }
        ]
    subjects = []
    if item.get("section"):
        subjects.append({"name": item["section"]["title"], "uri": item["section"]["url"], "rel": "section"})
    for tag in item.get("tags") or []:
        subjects.append({"name": tag, "literal": tag, "rel": "keyword"})
    if subjects:
        data["subjects"] = subjects
    if item.get("type"):
        data["genres"] = [{"name": item.get("type_label") or item["type"], "literal": item["type"]}]
    renditions = []
    if item.get("image"):
        image = item["image"]
        renditions.append(
            {
                "name": "featured-image",
                "href": image["url"],
                "contenttype": image.get("contenttype", "image/jpeg"),
                "width": image["width"],
                "height": image["height"],
                **({"title": image["alt"]} if image.get("alt") else {}),
            }
        )
    if item.get("embed_url"):
        renditions.append({"name": "embed", "href": item["embed_url"], "contenttype": "text/html"})
    if renditions:
        data["renditions"] = renditions
    return data
