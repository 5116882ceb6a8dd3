"""Intake of files: what comes in from outside, judged by its content before the portal keeps it.

* ``uploads``: the checks of every upload (images, documents, audio and video) and the metadata stored or stripped
  on save (connected in ``CoreConfig.ready``);
* ``files``: the one form field for several files in one input;
* ``images``: the one image check, and the one way metadata leaves an image;
* ``probe``: an audio or video file's duration and size, read from its own bytes;
* ``pdf``: the one PDF stack (reading text and pages, drawing pages, writing PDFs);
* ``fetch``: the one way the portal fetches from outside services (timeouts, deadline, size cap, redirects).

The door: import the module you need, e.g. ``from thainguyen_portal.core.intake.images import check_image``.
"""
