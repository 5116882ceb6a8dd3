/* The rating widget (thainguyen_portal.ratings): sends the form in place and shows the thanks there; fills in the
   counts when the portal shows them. Without JavaScript the form posts and the page comes back with its anchor. */
(function () {
  "use strict";
  var widget = document.querySelector("[data-rating]");
  if (!widget || !window.fetch || !window.FormData) return;
  var form = widget.querySelector("[data-rating-form]");
  var status = widget.querySelector("[data-rating-status]");
  var countsUrl = widget.getAttribute("data-counts-url");

  function showCounts(fresh) {
    if (!countsUrl) return;
    var line = widget.querySelector("[data-rating-counts]");
    fetch(countsUrl, { headers: { Accept: "application/json" }, cache: fresh ? "reload" : "default" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (counts) {
        if (!counts) return;
        line.textContent = widget.getAttribute("data-counts-text")
          .replace("{useful}", counts.useful).replace("{not_useful}", counts.not_useful);
        line.hidden = false;
      })
      .catch(function () {});
  }

  var pressed = null;
  form.addEventListener("click", function (event) {
    if (event.target.name === "useful") pressed = event.target.value;
  });
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter || null;
    var data = new FormData(form);
    data.set("useful", submitter ? submitter.value : pressed || "");
    event.preventDefault();
    fetch(form.action, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "omit" })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok || response.status === 409, body: body }; });
      })
      .then(function (result) {
        status.textContent = result.body.message || "";
        status.classList.toggle("is-error", !result.ok);
        if (result.ok) {
          widget.classList.add("is-done");
          showCounts(true);
        }
      })
      .catch(function () {
        // No answer the widget understands (offline, or the rate limit's page): post the form as without JavaScript.
        var useful = document.createElement("input");
        useful.type = "hidden";
        useful.name = "useful";
        useful.value = data.get("useful");
        form.appendChild(useful);
        form.submit();
      });
  });
  showCounts(false);
})();
