/* Suggestions for the portal's search boxes (progressive enhancement: without this file they are plain forms).
 * Every input[type=search][name=q] inside form[role=search] gets an ARIA combobox with titles from
 * <search url>?format=json&q=..., which folds tone marks on the server ("dac san" finds "Đặc san"). */
(function () {
  "use strict";
  var counter = 0;
  // The list's styles: a static file named by the page (data-css, so the hashed name of production works).
  var script = document.currentScript;
  var css = script && script.getAttribute("data-css");
  if (css && !document.querySelector('link[href="' + css + '"]')) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = css;
    document.head.appendChild(link);
  }

  function enhance(input) {
    var form = input.form;
    // A box with data-suggest="off" searches something other than the site (the gazette's lookup): no suggestions.
    if (!form || input.dataset.suggestReady || input.dataset.suggest === "off") return;
    input.dataset.suggestReady = "1";
    var url = input.getAttribute("data-suggest-url") || form.getAttribute("action");
    var wrapper = input.parentNode;
    wrapper.classList.add("search-suggest");
    var list = document.createElement("ul");
    var listId = "search-suggest-" + (++counter);
    list.id = listId;
    list.className = "search-suggest__list";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent : "Suggestions");
    list.hidden = true;
    wrapper.appendChild(list);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);
    var timer = null, active = -1, lastQuery = "", controller = null;

    function close() {
      list.hidden = true; list.innerHTML = ""; active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }
    function choose(text) { input.value = text; close(); form.submit(); }
    function mark(index) {
      var items = list.children;
      for (var i = 0; i < items.length; i++) items[i].setAttribute("aria-selected", i === index ? "true" : "false");
      active = index;
      if (index >= 0) input.setAttribute("aria-activedescendant", items[index].id);
      else input.removeAttribute("aria-activedescendant");
    }
    function show(titles) {
      list.innerHTML = "";
      if (!titles.length) { close(); return; }
      titles.forEach(function (title, i) {
        var item = document.createElement("li");
        item.id = listId + "-" + i;
        item.className = "search-suggest__item";
        item.setAttribute("role", "option");
        item.setAttribute("aria-selected", "false");
        item.textContent = title;
        item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(title); });
        list.appendChild(item);
      });
      list.hidden = false; active = -1;
      input.setAttribute("aria-expanded", "true");
    }
    function fetchSuggestions() {
      var query = input.value.trim();
      if (query === lastQuery) return;
      lastQuery = query;
      if (query.length < 2) { close(); return; }
      if (controller) controller.abort();
      controller = window.AbortController ? new AbortController() : null;
      var target = url + (url.indexOf("?") < 0 ? "?" : "&") + "format=json&q=" + encodeURIComponent(query);
      fetch(target, { headers: { Accept: "application/json" }, signal: controller ? controller.signal : undefined })
        .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
        .then(function (data) { if (input.value.trim() === query) show(data.suggestions || []); })
        .catch(function () {});
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(fetchSuggestions, 150); });
    input.addEventListener("keydown", function (event) {
      var count = list.children.length;
      if (event.key === "ArrowDown" && count) { event.preventDefault(); mark((active + 1) % count); }
      else if (event.key === "ArrowUp" && count) { event.preventDefault(); mark((active - 1 + count) % count); }
      else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(list.children[active].textContent); }
      else if (event.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  function init() {
    var inputs = document.querySelectorAll('form[role="search"] input[type="search"][name="q"]');
    for (var i = 0; i < inputs.length; i++) enhance(inputs[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
