// Progressive enhancement for the teaching plan: every feature here has a
// plain HTML fallback (the forms post and reload without it).
(function () {
  "use strict";
  // After htmx swaps a section: focus the textarea when the form opened,
  // the Edit button when the section closed, and announce "Saved".
  document.addEventListener("htmx:afterSwap", function (event) {
    // An outerHTML swap replaces the target: find its successor by id.
    var id = event.detail.target && event.detail.target.id;
    var section = id ? document.getElementById(id) : null;
    if (!section || !section.classList || !section.classList.contains("plan-section")) return;
    var alert = section.querySelector("[role=alert][tabindex='-1']");
    var textarea = section.querySelector(".section-form textarea");
    var edit = section.querySelector("[data-focus-after-swap]");
    if (alert) alert.focus();
    else if (textarea) textarea.focus();
    else if (edit) edit.focus();
    var message = section.querySelector("[data-status-message]");
    var status = document.getElementById("plan-status");
    if (message && status) status.textContent = message.textContent;
  });
  // The print button only exists with JavaScript; without it, the browser's
  // own print command prints the same page.
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-print]");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
