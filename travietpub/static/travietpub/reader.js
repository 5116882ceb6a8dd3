/* The Trà Việt reader, as a progressive enhancement of plain page links (each page has its own URL).
   With JavaScript: turning pages without reloading, arrow keys (← →, Home, End), swipe, zoom, and the
   page's text shown on request (it is always in the document for screen readers). */
(function () {
  "use strict";
  var reader = document.querySelector("[data-reader]");
  if (!reader || !window.fetch || !window.DOMParser) return;
  // Zoom is a multiple of the width at which the whole page fits the window ("Fit" = 1).
  var ZOOMS = [0.5, 0.75, 1, 1.5, 2, 3, 4];
  var zoom = 1;

  function stage() { return reader.querySelector("[data-reader-stage]"); }

  function fitWidth(viewport, image) {
    var width = Number(image.getAttribute("width")) || image.naturalWidth || 1;
    var height = Number(image.getAttribute("height")) || image.naturalHeight || 1;
    var available = viewport.clientWidth || reader.clientWidth;
    var tall = Math.max(window.innerHeight - 16, 120); // a small margin above and below
    return Math.max(Math.min(available, (tall * width) / height), 40);
  }

  function applyZoom() {
    var viewport = reader.querySelector("[data-reader-viewport]");
    if (!viewport) return;
    var image = viewport.querySelector("[data-reader-image]");
    if (image) viewport.style.setProperty("--fit-width", fitWidth(viewport, image) + "px");
    viewport.style.setProperty("--zoom", String(zoom));
    viewport.setAttribute("data-fitted", "");
    var level = reader.querySelector("[data-reader-zoom-level]");
    if (level) level.textContent = Math.round(zoom * 100) + "%";
  }

  function setZoom(action) {
    var at = ZOOMS.indexOf(zoom);
    if (action === "in") zoom = ZOOMS[Math.min(at + 1, ZOOMS.length - 1)];
    else if (action === "out") zoom = ZOOMS[Math.max(at - 1, 0)];
    else zoom = 1;
    applyZoom();
    var viewport = reader.querySelector("[data-reader-viewport]");
    if (viewport && action === "reset") {
      viewport.scrollTop = 0;
      viewport.scrollLeft = 0;
      viewport.scrollIntoView({ block: "center", inline: "nearest" });
    }
  }

  function enhance() {
    var controls = reader.querySelector("[data-reader-zoom]");
    if (controls) controls.hidden = false;
    applyZoom();
    var text = reader.querySelector("[data-reader-text]");
    if (text && !text.querySelector("[data-reader-text-toggle]")) {
      var heading = text.querySelector("h2");
      var button = document.createElement("button");
      button.type = "button";
      button.setAttribute("data-reader-text-toggle", "");
      button.setAttribute("aria-expanded", "false");
      button.className = "traviet-reader__text-toggle";
      button.textContent = reader.getAttribute("data-show-text") || heading.textContent;
      heading.textContent = "";
      heading.appendChild(button);
      button.addEventListener("click", function () {
        var open = text.classList.toggle("is-open");
        button.setAttribute("aria-expanded", open ? "true" : "false");
      });
    }
  }

  function go(url, push) {
    return fetch(url, { headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-reader-stage]");
        var freshIndex = doc.querySelector(".traviet-reader__index");
        if (!fresh) throw new Error("no reader");
        stage().replaceWith(document.importNode(fresh, true));
        var index = reader.querySelector(".traviet-reader__index");
        if (index && freshIndex) index.replaceWith(document.importNode(freshIndex, true));
        document.title = doc.title;
        if (push) history.pushState({ reader: true }, "", url);
        enhance();
        var viewport = reader.querySelector("[data-reader-viewport]");
        if (viewport) viewport.focus({ preventScroll: true });
      })
      .catch(function () { window.location.href = url; });
  }

  function follow(selector) {
    var link = reader.querySelector(selector);
    if (link) go(link.href, true);
  }

  reader.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-reader-prev], a[data-reader-next], a[data-reader-goto]");
    if (link && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
      event.preventDefault();
      go(link.href, true);
      return;
    }
    var button = event.target.closest("button[data-zoom]");
    if (button) setZoom(button.getAttribute("data-zoom"));
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    if (event.key === "ArrowRight" || event.key === "PageDown") { event.preventDefault(); follow("[data-reader-next]"); }
    else if (event.key === "ArrowLeft" || event.key === "PageUp") { event.preventDefault(); follow("[data-reader-prev]"); }
    else if (event.key === "Home" && target === reader.querySelector("[data-reader-viewport]")) { event.preventDefault(); follow("[data-reader-goto]"); }
    else if (event.key === "+" || event.key === "=") { event.preventDefault(); setZoom("in"); }
    else if (event.key === "-") { event.preventDefault(); setZoom("out"); }
    else if (event.key === "0") { event.preventDefault(); setZoom("reset"); }
  });

  var startX = null, startY = null;
  reader.addEventListener("touchstart", function (event) {
    if (event.touches.length !== 1 || zoom > 1) { startX = null; return; }
    startX = event.touches[0].clientX; startY = event.touches[0].clientY;
  }, { passive: true });
  reader.addEventListener("touchend", function (event) {
    if (startX === null) return;
    var dx = event.changedTouches[0].clientX - startX, dy = event.changedTouches[0].clientY - startY;
    startX = null;
    if (Math.abs(dx) > 50 && Math.abs(dx) > 2 * Math.abs(dy)) follow(dx < 0 ? "[data-reader-next]" : "[data-reader-prev]");
  }, { passive: true });

  window.addEventListener("resize", applyZoom);
  window.addEventListener("popstate", function () { go(window.location.href, false); });
  enhance();
})();
