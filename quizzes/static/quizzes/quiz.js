// Quiz pages. The countdown shows the time left on the server's deadline
// (counted from the page load, so the learner's clock does not matter); it
// is announced to screen readers only at five minutes, one minute and zero,
// and it never moves focus. A refused autosave (409/422) carries the reason
// in the same status partial, swapped in like every refused htmx answer
// (CONTRIBUTING.md).
(function () {
  "use strict";

  var timer = document.querySelector("[data-quiz-timer]");
  if (timer) {
    var display = timer.querySelector("[data-quiz-timer-display]");
    var live = timer.querySelector("[data-quiz-timer-live]");
    var total = Number(timer.dataset.secondsLeft) || 0;
    var loaded = Date.now();
    var thresholds = [300, 60, 0];
    var announced = {};
    thresholds.forEach(function (t) {
      if (total <= t && t > 0) announced[t] = true; // already past when the page loaded
    });
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    var tick = function () {
      var left = Math.max(0, total - Math.floor((Date.now() - loaded) / 1000));
      display.textContent = pad(Math.floor(left / 60)) + ":" + pad(left % 60);
      thresholds.forEach(function (t) {
        if (left <= t && !announced[t]) {
          announced[t] = true;
          live.textContent = timer.dataset["message-" + t] || timer.getAttribute("data-message-" + t) || "";
        }
      });
      if (left > 0) window.setTimeout(tick, 1000);
    };
    tick();
  }
})();
