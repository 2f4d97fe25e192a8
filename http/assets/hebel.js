// Hebel web UI: small progressive enhancements; every page works without it.
"use strict";
(function () {
  // The reader's item panel: hovering or focusing a highlighted item
  // shows its description (the mark's title) beside the text.
  function show(mark) {
    var panel = document.getElementById("item-panel");
    if (!panel) return;
    document.querySelectorAll("mark.active").forEach(function (m) { m.classList.remove("active"); });
    mark.classList.add("active");
    panel.textContent = mark.title || mark.dataset.kind;
  }
  function onEvent(e) {
    var m = e.target.closest && e.target.closest("mark[data-item]");
    if (m) show(m);
  }
  document.addEventListener("mouseover", onEvent);
  document.addEventListener("focusin", onEvent);
})();
