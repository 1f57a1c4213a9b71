/* Draws every chart on the page from figure JSON embedded with Django's json_script.
   Markup: <div class="chart" data-figure="ID-of-json-script" role="img" aria-label="..."></div>
   No inline script anywhere, so a strict Content-Security-Policy holds. */
(function () {
  "use strict";

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-figure"));
    if (!source || typeof window.Plotly === "undefined") {
      return;
    }
    var figure = JSON.parse(source.textContent);
    var small = element.classList.contains("chart--small");
    var config = {
      displaylogo: false,
      responsive: true,
      staticPlot: small,
      // The mode bar's buttons would sit inside role="img"; the data table beside each chart serves instead.
      displayModeBar: false
    };
    window.Plotly.newPlot(element, figure.data || [], figure.layout || {}, config).then(function () {
      // Plotly's SVG is decorative here: the accessible name is on the container and the data is in the table.
      element.querySelectorAll("svg").forEach(function (svg) {
        svg.setAttribute("aria-hidden", "true");
        svg.setAttribute("focusable", "false");
      });
    });
  }

  function drawAll() {
    document.querySelectorAll(".chart[data-figure]").forEach(draw);
  }

  // DOMContentLoaded fires after every deferred script has run, so plotly is loaded by then
  // wherever its <script defer> sits relative to this one.
  if (document.readyState === "complete") {
    drawAll();
  } else {
    document.addEventListener("DOMContentLoaded", drawAll);
  }
})();
