"""Security: who may sign in and how often, what a public form accepts, what leaves the server.

* ``otp``: admin sessions (idle and absolute limits) and one-time passwords for those who approve;
* ``ratelimit``: per-client rate limits of public forms, search and the API (``ratelimit``, ``hit``);
* ``honeypot``: ``HoneypotMixin``, the hidden field bots fill in;
* ``clientip``: the reader's address as the trusted proxy saw it (``client_ip``);
* ``privatefiles``: ``PrivateFileStorage``, files kept outside ``MEDIA_ROOT`` without a public URL;
* ``headers``: ``SecurityHeadersMiddleware`` (Content Security Policy, Permissions-Policy).

The door: import the module you need, e.g. ``from thainguyen_portal.core.security.ratelimit import ratelimit``.
Settings name the middleware and callables by their dotted paths here.
"""
