// The board's one script, optional: every view reads in full without it. It keeps the open page
// current (server-sent events say that tasks changed; the page's <main> is fetched again and
// swapped in place, never reloaded), and lets the keyboard move between tasks.
(function () {
  "use strict";
  var body = document.body;
  var live = document.getElementById("live");
  var refreshing = false;
  var again = false;

  function mainOf(html) {
    return new DOMParser().parseFromString(html, "text/html").getElementById("main");
  }

  function refresh() {
    if (refreshing) { again = true; return; }
    refreshing = true;
    var focusedId = document.activeElement && document.activeElement.closest("[data-id]");
    focusedId = focusedId ? focusedId.getAttribute("data-id") : null;
    fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && mainOf(html);
        if (fresh) {
          var current = document.getElementById("main");
          current.replaceWith(document.adoptNode(fresh));
          body.setAttribute("data-refreshes", String(Number(body.getAttribute("data-refreshes") || "0") + 1));
          if (focusedId) {
            var restored = document.querySelector('[data-id="' + CSS.escape(focusedId) + '"] a');
            if (restored) { restored.focus({ preventScroll: true }); }
          }
        }
      })
      .catch(function () { /* the next change tries again */ })
      .finally(function () {
        refreshing = false;
        if (again) { again = false; refresh(); }
      });
  }

  if (body.dataset.feed && window.EventSource) {
    var source = new EventSource(body.dataset.feed);
    source.addEventListener("open", function () { live.classList.add("on"); live.textContent = "live"; });
    source.addEventListener("error", function () { live.classList.remove("on"); live.textContent = "reconnecting…"; });
    source.addEventListener("change", refresh);
  }

  var pendingG = false;
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target.matches && target.matches("input, select, textarea")) {
      if (event.key === "Escape") { target.blur(); }
      return;
    }
    if (pendingG) {
      pendingG = false;
      var view = { p: "", s: "status", d: "graph" }[event.key];
      if (view !== undefined) { location.href = "/board/" + view; event.preventDefault(); }
      return;
    }
    if (event.key === "g") { pendingG = true; return; }
    if (event.key === "/") {
      var filter = document.getElementById("q");
      if (filter) { filter.focus(); event.preventDefault(); }
      return;
    }
    if (event.key !== "j" && event.key !== "k") { return; }
    var items = Array.prototype.slice.call(document.querySelectorAll("main [data-id] a.title, main svg a"));
    if (items.length === 0) { return; }
    var index = items.indexOf(document.activeElement);
    index = event.key === "j" ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
    items[index].focus();
    items[index].scrollIntoView({ block: "nearest" });
    event.preventDefault();
  });
}());
