/* Draws every report chart on the page with Chart.js, from the JSON beside
   its canvas. The table next to each chart holds the same numbers and is the
   accessible version; the canvas is hidden from screen readers. Charts that
   arrive later (Wagtail swaps the results when a filter changes) are drawn
   when they appear. No inline script: the CSP stays script-src 'self'. */
(function () {
  "use strict";

  var COLOURS = ["#1e5aa0", "#c4490c", "#2e7d32", "#6a1b9a", "#00695c", "#ad1457"];

  function draw(canvas) {
    var source = document.getElementById(canvas.getAttribute("data-chart"));
    if (!source || !window.Chart || canvas.getAttribute("data-drawn")) {
      return;
    }
    canvas.setAttribute("data-drawn", "true");
    var spec = JSON.parse(source.textContent);
    var datasets = spec.datasets.map(function (dataset, index) {
      var colour = COLOURS[index % COLOURS.length];
      return {
        label: dataset.label,
        data: dataset.data,
        backgroundColor: colour,
        borderColor: colour,
        spanGaps: false,
        tension: 0.2,
      };
    });
    var valueAxis = { beginAtZero: true, stacked: spec.stacked };
    if (spec.percent) {
      valueAxis.max = 100;
    }
    var scales = spec.horizontal
      ? { x: valueAxis, y: { stacked: spec.stacked } }
      : { y: valueAxis, x: { stacked: spec.stacked } };
    new window.Chart(canvas, {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        indexAxis: spec.horizontal ? "y" : "x",
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: scales,
        plugins: { legend: { position: "bottom" } },
      },
    });
  }

  function drawAll() {
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
  }

  function start() {
    drawAll();
    new MutationObserver(drawAll).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
