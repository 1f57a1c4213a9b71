/* Draws every chart on the page from figure JSON embedded with Django's json_script.
   Markup: <div class="chart" data-figure="ID-of-json-script" role="img" aria-label="..."></div>
   No inline script anywhere, so a strict Content-Security-Policy holds. */
(function () {
  "use strict";

  // The dashboard's sparklines (.chart--small) carry only their data; they all share this look.
  var SPARKLINE = {
    trace: {
      type: "scatter",
      mode: "lines+markers",
      line: {color: "#1d4f76", width: 2},
      marker: {color: "#1d4f76", size: 5},
      hoverinfo: "skip"
    },
    layout: {
      height: 90,
      margin: {l: 6, r: 6, t: 6, b: 6},
      xaxis: {visible: false, fixedrange: true},
      yaxis: {visible: false, fixedrange: true},
      showlegend: false,
      paper_bgcolor: "rgba(0,0,0,0)",
      plot_bgcolor: "rgba(0,0,0,0)"
    }
  };

  function asSparkline(figure) {
    return {
      data: (figure.data || []).map(function (trace) { return Object.assign({}, SPARKLINE.trace, trace); }),
      layout: Object.assign({}, SPARKLINE.layout, figure.layout || {})
    };
  }

  function draw(element) {
    var source = document.getElementById(element.getAttribute("data-figure"));
    if (!source || typeof window.Plotly === "undefined") {
      return;
    }
    var small = element.classList.contains("chart--small");
    var figure = JSON.parse(source.textContent);
    if (small) {
      figure = asSparkline(figure);
    }
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
