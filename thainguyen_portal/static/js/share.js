/* The "copy link" button of the share bar: the only script sharing needs (the other links are plain URLs). */
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var buttons = document.querySelectorAll("[data-copy-url]");
    if (!navigator.clipboard) { return; }
    Array.prototype.forEach.call(buttons, function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var status = button.closest(".share").querySelector(".share__status");
        navigator.clipboard.writeText(button.getAttribute("data-copy-url")).then(function () {
          if (status) { status.textContent = button.getAttribute("data-copied"); }
        });
      });
    });
  });
})();
