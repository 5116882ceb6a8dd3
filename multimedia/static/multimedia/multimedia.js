/* Multimedia: progressive enhancement only. Without this file every layer of a story is on the page, the deeper
   layers are open, the chapter menu is a list of links and gallery photos open as plain images. */
(function () {
  "use strict";

  /* ---- Layered story: quick / full reading, deeper layers, chapter menu, reading progress ---------------- */
  function setupStory(story) {
    // "Đọc nhanh" / "Đọc đầy đủ" become a pair of toggle buttons.
    var modes = story.querySelector(".mm-modes");
    var full = story.querySelector("[data-full-layer]");
    if (modes && full) {
      var buttons = [];
      Array.prototype.forEach.call(modes.querySelectorAll("[data-mode]"), function (link) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = link.className;
        button.textContent = link.textContent;
        button.setAttribute("data-mode", link.getAttribute("data-mode"));
        button.setAttribute("aria-controls", full.id);
        link.parentNode.replaceChild(button, link);
        buttons.push(button);
      });
      var setMode = function (mode) {
        full.hidden = mode === "quick";
        story.setAttribute("data-reading", mode);
        buttons.forEach(function (button) {
          button.setAttribute("aria-pressed", button.getAttribute("data-mode") === mode ? "true" : "false");
        });
        // The story's length changed: let the reading progress measure it again.
        window.dispatchEvent(new Event("resize"));
      };
      modes.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-mode]");
        if (button) { setMode(button.getAttribute("data-mode")); }
      });
      setMode("full");
    }

    // Each "Tìm hiểu thêm" layer collapses behind a disclosure button.
    Array.prototype.forEach.call(story.querySelectorAll("[data-deeper]"), function (section) {
      var heading = section.querySelector(".mm-deeper__title");
      var body = section.querySelector(".mm-deeper__body");
      if (!heading || !body) { return; }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "mm-deeper__toggle";
      button.setAttribute("aria-expanded", "false");
      button.setAttribute("aria-controls", body.id);
      while (heading.firstChild) { button.appendChild(heading.firstChild); }
      heading.appendChild(button);
      body.hidden = true;
      button.addEventListener("click", function () {
        var open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", open ? "true" : "false");
        body.hidden = !open;
      });
    });
    // Printing shows every layer.
    window.addEventListener("beforeprint", function () {
      if (full) { full.hidden = false; }
      Array.prototype.forEach.call(story.querySelectorAll(".mm-deeper__body"), function (body) { body.hidden = false; });
    });

    // The chapter menu marks the chapter being read.
    var menu = story.querySelector("[data-chapter-menu]");
    var chapters = story.querySelectorAll("[data-chapter]");
    if (menu && chapters.length && "IntersectionObserver" in window) {
      menu.classList.add("mm-chapter-menu--sticky");
      var links = {};
      Array.prototype.forEach.call(menu.querySelectorAll("a[href^='#']"), function (link) {
        links[link.getAttribute("href").slice(1)] = link;
      });
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (!entry.isIntersecting) { return; }
          Object.keys(links).forEach(function (id) { links[id].removeAttribute("aria-current"); });
          var current = links[entry.target.id];
          if (current) {
            current.setAttribute("aria-current", "location");
            // On a narrow screen the menu is one line that scrolls sideways: bring the chapter being read into it.
            var list = current.closest("ol");
            if (list && list.scrollWidth > list.clientWidth) {
              var box = current.getBoundingClientRect(), frame = list.getBoundingClientRect();
              if (box.left < frame.left || box.right > frame.right) {
                list.scrollLeft += box.left - frame.left - 24;
              }
            }
          }
        });
      }, { rootMargin: "-30% 0px -60% 0px" });
      Array.prototype.forEach.call(chapters, function (chapter) { observer.observe(chapter); });
    }

    // Reading progress.
    var progress = story.querySelector(".mm-progress");
    if (progress) {
      progress.hidden = false;
      var update = function () {
        var box = story.getBoundingClientRect();
        var total = box.height - window.innerHeight;
        var done = total > 0 ? Math.min(100, Math.max(0, (-box.top / total) * 100)) : 100;
        progress.value = Math.round(done);
      };
      window.addEventListener("scroll", update, { passive: true });
      window.addEventListener("resize", update);
      update();
    }
  }

  /* ---- Gallery lightbox: a modal dialog, keyboard (arrows, Home, End, Escape) and swipe ------------------ */
  function setupGallery(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll(".mm-gallery__link"));
    if (!links.length || typeof HTMLDialogElement === "undefined") { return; }
    var lang = document.documentElement.lang || "vi";
    var t = lang === "vi"
      ? { label: "Xem ảnh", prev: "Ảnh trước", next: "Ảnh sau", close: "Đóng", of: "/" }
      : { label: "Photo viewer", prev: "Previous photo", next: "Next photo", close: "Close", of: "/" };
    var dialog = document.createElement("dialog");
    dialog.className = "mm-lightbox";
    dialog.setAttribute("aria-label", t.label);
    dialog.innerHTML =
      '<figure class="mm-lightbox__figure"><img class="mm-lightbox__image" alt="">' +
      '<figcaption class="mm-lightbox__caption"></figcaption></figure>' +
      '<p class="mm-lightbox__count" aria-live="polite"></p>' +
      '<button type="button" class="mm-lightbox__prev"></button>' +
      '<button type="button" class="mm-lightbox__next"></button>' +
      '<button type="button" class="mm-lightbox__close"></button>';
    dialog.querySelector(".mm-lightbox__prev").textContent = t.prev;
    dialog.querySelector(".mm-lightbox__next").textContent = t.next;
    dialog.querySelector(".mm-lightbox__close").textContent = t.close;
    gallery.appendChild(dialog);
    var image = dialog.querySelector(".mm-lightbox__image");
    var caption = dialog.querySelector(".mm-lightbox__caption");
    var count = dialog.querySelector(".mm-lightbox__count");
    var index = 0;
    var opener = null;

    function show(i) {
      index = (i + links.length) % links.length;
      var link = links[index];
      var thumb = link.querySelector("img");
      image.src = link.getAttribute("data-full");
      image.alt = thumb ? thumb.alt : "";
      var credit = link.getAttribute("data-credit");
      caption.textContent = (link.getAttribute("data-caption") || "") + (credit ? " " + credit : "");
      count.textContent = (index + 1) + t.of + links.length;
    }
    function close() { dialog.close(); }
    dialog.addEventListener("close", function () { if (opener) { opener.focus(); } });

    links.forEach(function (link, i) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        opener = link;
        show(i);
        dialog.showModal();
        dialog.querySelector(".mm-lightbox__next").focus();
      });
    });
    dialog.querySelector(".mm-lightbox__prev").addEventListener("click", function () { show(index - 1); });
    dialog.querySelector(".mm-lightbox__next").addEventListener("click", function () { show(index + 1); });
    dialog.querySelector(".mm-lightbox__close").addEventListener("click", close);
    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowLeft") { show(index - 1); event.preventDefault(); }
      else if (event.key === "ArrowRight") { show(index + 1); event.preventDefault(); }
      else if (event.key === "Home") { show(0); event.preventDefault(); }
      else if (event.key === "End") { show(links.length - 1); event.preventDefault(); }
    });
    var startX = null;
    dialog.addEventListener("touchstart", function (event) { startX = event.changedTouches[0].clientX; }, { passive: true });
    dialog.addEventListener("touchend", function (event) {
      if (startX === null) { return; }
      var dx = event.changedTouches[0].clientX - startX;
      if (Math.abs(dx) > 40) { show(dx < 0 ? index + 1 : index - 1); }
      startX = null;
    });
    // A click on the backdrop closes it.
    dialog.addEventListener("click", function (event) { if (event.target === dialog) { close(); } });
  }

  /* ---- Map: the card (place, coordinates, link) stays; the interactive map loads only on request ------------ */
  function setupMap(map) {
    var show = map.querySelector("[data-map-show]");
    var frame = map.querySelector("template[data-map-frame]");
    if (!show || !frame) { return; }
    show.hidden = false;
    show.addEventListener("click", function () {
      var iframe = frame.content.querySelector("iframe").cloneNode(true);
      map.appendChild(iframe);
      map.classList.add("mm-map--interactive");
      show.hidden = true;
      iframe.setAttribute("tabindex", "0");
      iframe.focus();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-map]"), setupMap);
    Array.prototype.forEach.call(document.querySelectorAll("[data-layered-story]"), setupStory);
    Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), setupGallery);
  });
})();
