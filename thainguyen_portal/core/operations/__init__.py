"""Operations: running the portal and knowing what it does.

* ``backup``: backups of the database, media and private files, and their restore (``manage.py backup``/``restore``);
* ``stats``: visit statistics without a write per request (the beacon, ``manage.py rollup_stats``, the dashboard);
* ``reports``: ``PortalReportView`` and ``ReportMenuItem``, the base of the admin's reports;
* ``requestid``: a request id on every response and log line (``RequestIdMiddleware``, ``RequestIdFilter``);
* ``logfilters``: logging filters of ``settings.LOGGING``;
* ``cachebreaker``: Redis that fails fast (the cache client's circuit breaker, ``run_raw``).

The door: import the module you need, e.g. ``from thainguyen_portal.core.operations.reports import
PortalReportView``; settings name the middleware, filters and cache client by their dotted paths here.
"""
