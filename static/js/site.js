// Progressive enhancement only: every feature here has a plain HTML fallback.
(function () {
  "use strict";

  // --- Focus and announcements after an htmx swap (WCAG 2.4.3, 4.1.3) -------
  // Done once for the whole site, so no view has to think about it. When a
  // swap removes the control the user was on, focus would fall back to
  // <body> and the next Tab would start over from the top. After every swap:
  //   1. an error summary swapped in ([role=alert][tabindex="-1"]) gets focus;
  //   2. otherwise, if focus was lost, it goes to the first of: an element
  //      marked [data-swap-focus] in the new content; the control that
  //      replaced the one used (same id, or the submit button of the form
  //      with the same action); the heading of the swapped region; the
  //      region itself;
  //   3. the new content's status messages are read out through the one
  //      live region of the page (#live-announcer), which exists before the
  //      swap, so screen readers announce it reliably.
  // A swap that leaves focus where it was (autosave while typing) keeps it.

  var lastUsed = null; // the control that sent the request
  var lastForm = null;
  var pending = null; // the elements swapped in by the current response

  document.addEventListener("htmx:beforeRequest", function (event) {
    var active = document.activeElement;
    lastUsed = active && active !== document.body ? active : event.detail.elt;
    lastForm = lastUsed && (lastUsed.form || lastUsed.closest("form"));
  });

  document.addEventListener("htmx:afterSwap", function (event) {
    if (!pending) {
      pending = { elements: [], target: event.detail.target };
      // After this response's settle: afterSettle fires per element, and the
      // default settle delay is 20 ms.
      window.setTimeout(settle, 40);
    }
    if (event.target && event.target.nodeType === 1) pending.elements.push(event.target);
  });

  function settle() {
    var swap = pending;
    pending = null;
    var elements = swap.elements.filter(function (el) { return el.isConnected; });
    var region = mainRegion(swap.target, elements);
    if (!region) return;
    var alert = findIn(elements, "[role=alert][tabindex='-1']");
    if (alert) {
      alert.focus();
    } else if (focusLost()) {
      var next = findIn(elements, "[data-swap-focus]") || replacement(elements) || heading(region) || region;
      if (!next.matches("a[href], button, input, select, textarea, [tabindex]")) next.setAttribute("tabindex", "-1");
      next.focus();
    }
    announce(elements);
  }

  function focusLost() {
    var active = document.activeElement;
    return !active || active === document.body || !active.isConnected;
  }

  function mainRegion(target, elements) {
    if (target && target.isConnected) return target;
    if (target && target.id) {
      var byId = document.getElementById(target.id);
      if (byId) return byId;
    }
    return elements[0] || null;
  }

  function findIn(elements, selector) {
    for (var i = 0; i < elements.length; i++) {
      if (elements[i].matches(selector)) return elements[i];
      var found = elements[i].querySelector(selector);
      if (found) return found;
    }
    return null;
  }

  function replacement(elements) {
    if (lastUsed && lastUsed.id) {
      var same = document.getElementById(lastUsed.id);
      if (same && same.isConnected) return same;
    }
    if (lastForm && lastForm.getAttribute("action")) {
      var action = lastForm.getAttribute("action");
      var forms = [];
      elements.forEach(function (el) {
        if (el.matches("form")) forms.push(el);
        forms.push.apply(forms, el.querySelectorAll("form"));
      });
      for (var i = 0; i < forms.length; i++) {
        if (forms[i].getAttribute("action") === action) {
          var submit = forms[i].querySelector("button:not([hidden]):not([tabindex='-1']), [type=submit]:not([hidden])");
          if (submit) return submit;
        }
      }
    }
    return null;
  }

  function heading(region) {
    var labelled = region.getAttribute("aria-labelledby");
    var byLabel = labelled && document.getElementById(labelled.split(" ")[0]);
    if (byLabel && /^H[1-6]$/.test(byLabel.tagName)) return byLabel;
    return region.querySelector("h1, h2, h3, h4, h5, h6");
  }

  function announce(elements) {
    var announcer = document.getElementById("live-announcer");
    if (!announcer) return;
    var texts = [];
    elements.forEach(function (el) {
      // A region that is itself live (autosave status) announces itself.
      if (el.matches("[role=status], [aria-live]")) return;
      el.querySelectorAll("[role=status]").forEach(function (status) {
        var text = status.textContent.replace(/\s+/g, " ").trim();
        if (text && texts.indexOf(text) === -1) texts.push(text);
      });
    });
    // Cleared first, so the same message twice in a row is read again.
    announcer.textContent = "";
    if (texts.length) {
      window.setTimeout(function () { announcer.textContent = texts.join(" "); }, 50);
    }
  }
})();

// --- Video chapters (lesson videos, session recordings) -------------------
// A chapter link seeks the video in its own [data-video-scope] and moves focus
// to the player, so a keyboard or screen-reader user lands on its controls.
// Without JavaScript the link opens the video file at that time (a media
// fragment, #t=seconds).
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a.chapter-link") : null;
    var scope = link && link.closest("[data-video-scope]");
    var video = scope && scope.querySelector("video");
    if (!video) return;
    event.preventDefault();
    video.currentTime = Number(link.dataset.seconds) || 0;
    video.focus();
    var played = video.play();
    if (played && played.catch) played.catch(function () {});
  });
})();
