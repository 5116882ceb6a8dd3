"""Quarantine of the portal's reliance on upstream internals (Wagtail, wagtail-localize, treebeard).

Each module holds, for one upstream package, every private attribute, private method or undocumented behaviour the
portal uses, with what it relies on, the upstream version it was checked against and when it can go. Callers import
from here, never the private name itself: an upgrade is checked by reading these modules and running
``core/tests/test_upstream_parity.py`` and ``translation/tests/test_upstream.py`` (docs/upstream.md).
"""
