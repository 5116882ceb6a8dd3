/* Progressive enhancement for the portal frame. Everything works without it: the menu button is a link that opens
   the list, text size and contrast fall back to the browser's own zoom and settings. */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  var store = {
    get: function (key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } },
    set: function (key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  };

  function applyTextSize(size) {
    size = Math.max(-1, Math.min(2, parseInt(size, 10) || 0));
    if (size === 0) { root.removeAttribute("data-text-size"); } else { root.setAttribute("data-text-size", String(size)); }
    store.set("portal:text-size", String(size));
    return size;
  }
  function applyContrast(high, button) {
    if (high) { root.setAttribute("data-contrast", "high"); } else { root.removeAttribute("data-contrast"); }
    if (button) { button.setAttribute("aria-pressed", high ? "true" : "false"); }
    store.set("portal:contrast", high ? "high" : "normal");
  }

  // Loaded from <head> without `defer`: the reader's choices are applied before the page is first drawn, so they
  // move nothing; everything that needs the body waits for DOMContentLoaded.
  var textSize = applyTextSize(store.get("portal:text-size"));
  applyContrast(store.get("portal:contrast") === "high", null);

  // Visit statistics: one beacon per page view, counted in the cache (the page itself may come from a cache).
  function countVisit() {
    var body = document.body;
    var pageId = body && body.getAttribute("data-page-id");
    if (!pageId || !navigator.sendBeacon) { return; }
    var data = new URLSearchParams({ p: pageId, s: body.getAttribute("data-section") || "" });
    navigator.sendBeacon("/_/hit", data);
  }

  // The footer's visitor counter: the footer is part of cached pages, so its figures are asked for after load.
  // Each figure ends its line, so the new one moves nothing else.
  function showVisits() {
    var counter = document.querySelector("[data-visits-url]");
    if (!counter || !window.fetch) { return; }
    var format = function (n) {
      try { return Number(n).toLocaleString(root.lang || undefined); } catch (e) { return String(n); }
    };
    window.fetch(counter.getAttribute("data-visits-url"), { credentials: "omit" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (totals) {
        if (!totals || typeof totals.today !== "number") { return; }
        ["today", "total"].forEach(function (name) {
          var slot = counter.querySelector('[data-visits="' + name + '"]');
          if (slot) { slot.textContent = format(totals[name]); }
        });
      })
      .catch(function () { /* the figures rendered with the page stay */ });
  }

  // After load, so that this page's own visit (the beacon) is usually counted already.
  window.addEventListener("load", showVisits);

  document.addEventListener("DOMContentLoaded", function () {
    countVisit();
    // The tools and the menu button are in the page, in their final size, from the first paint (no layout shift):
    // this only gives them their behaviour.
    var tools = document.querySelector("[data-a11y-tools]");
    if (tools) {
      var contrastButton = tools.querySelector("[data-contrast-toggle]");
      applyContrast(store.get("portal:contrast") === "high", contrastButton);
      tools.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) { return; }
        if (button.hasAttribute("data-contrast-toggle")) {
          applyContrast(button.getAttribute("aria-pressed") !== "true", button);
          return;
        }
        var step = parseInt(button.getAttribute("data-text-size"), 10);
        textSize = applyTextSize(step === 0 ? 0 : textSize + step);
      });
    }

    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-menu");
    if (toggle && list) {
      // Without JavaScript the button is a link that opens the list through :target; here it is a disclosure.
      toggle.setAttribute("role", "button");
      toggle.setAttribute("aria-expanded", "false");
      list.setAttribute("data-collapsed", "true");
      var flip = function (event) {
        event.preventDefault();
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", open ? "false" : "true");
        list.setAttribute("data-collapsed", open ? "true" : "false");
      };
      toggle.addEventListener("click", flip);
      toggle.addEventListener("keydown", function (event) {
        if (event.key === " " || event.key === "Spacebar") { flip(event); }
      });
    }
  });
})();
