/* Progressive enhancement for the portal frame. Everything works without it: the menu is a plain list,
   text size and contrast fall back to the browser's own zoom and settings. */
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

  var textSize = applyTextSize(store.get("portal:text-size"));

  // Visit statistics: one beacon per page view, counted in the cache (the page itself may come from a cache).
  function countVisit() {
    var body = document.body;
    var pageId = body && body.getAttribute("data-page-id");
    if (!pageId || !navigator.sendBeacon) { return; }
    var data = new URLSearchParams({ p: pageId, s: body.getAttribute("data-section") || "" });
    navigator.sendBeacon("/_/hit", data);
  }

  document.addEventListener("DOMContentLoaded", function () {
    countVisit();
    var tools = document.querySelector("[data-a11y-tools]");
    if (tools) {
      tools.hidden = false;
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
      toggle.hidden = false;
      list.setAttribute("data-collapsed", "true");
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", open ? "false" : "true");
        list.setAttribute("data-collapsed", open ? "true" : "false");
      });
    }
  });
})();
