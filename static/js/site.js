// Progressive enhancement only: every feature here has a plain HTML fallback.
(function () {
  "use strict";
  // Move focus to an error summary that htmx swapped in, so screen-reader and
  // keyboard users learn about the error (the plain form does this by reload).
  document.addEventListener("htmx:afterSwap", function (event) {
    var summary = event.detail.target.querySelector("[role=alert][tabindex='-1']");
    if (summary) summary.focus();
  });
})();
