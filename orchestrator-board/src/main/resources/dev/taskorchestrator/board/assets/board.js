// The board's one script, optional: every view reads in full without it. It keeps the open page
// current (server-sent events say that tasks changed; the page's <main> is fetched again and
// swapped in place, never reloaded), and lets the keyboard move between tasks.
(function () {
  "use strict";
  var body = document.body;
  var live = document.getElementById("live");
  var MIN_INTERVAL_MS = 1000;
  var refreshing = false;
  var wanted = false;
  var lastRefresh = 0;

  function editing() {
    var active = document.activeElement;
    return active && active.closest("main") && active.matches("input, select, textarea");
  }

  // At most one refresh a second, none while a filter is being typed (its text would be lost),
  // and one more after the last change that came in during a refresh.
  function refresh() {
    wanted = true;
    if (refreshing || editing() || document.hidden) { return; }
    var wait = lastRefresh + MIN_INTERVAL_MS - Date.now();
    if (wait > 0) { setTimeout(refresh, wait); return; }
    wanted = false;
    refreshing = true;
    lastRefresh = Date.now();
    var holder = document.activeElement && document.activeElement.closest("[data-id]");
    var focusedId = holder ? holder.getAttribute("data-id") : null;
    var open = Array.prototype.map.call(document.querySelectorAll("main details[open] > summary"),
      function (summary) { return summary.textContent; });
    fetch(location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var fresh = html && new DOMParser().parseFromString(html, "text/html").getElementById("main");
        if (!fresh || editing()) { wanted = wanted || !!fresh; return; }
        Array.prototype.forEach.call(fresh.querySelectorAll("details > summary"), function (summary) {
          if (open.indexOf(summary.textContent) >= 0) { summary.parentNode.setAttribute("open", ""); }
        });
        document.getElementById("main").replaceWith(document.adoptNode(fresh));
        body.setAttribute("data-refreshes", String(Number(body.getAttribute("data-refreshes") || "0") + 1));
        if (focusedId) {
          var again = document.querySelector('main [data-id="' + CSS.escape(focusedId) + '"]');
          var link = again && (again.matches("a") ? again : again.querySelector("a"));
          if (link) { link.focus({ preventScroll: true }); }
        }
      })
      .catch(function () { wanted = true; })
      .finally(function () {
        refreshing = false;
        if (wanted) { setTimeout(refresh, MIN_INTERVAL_MS); }
      });
  }

  document.addEventListener("focusout", function () { if (wanted) { setTimeout(refresh, 0); } });

  // One stream while the page is visible: a browser opens only six connections to a server, and
  // hidden tabs holding theirs would starve the visible one. A stream the server closed for good
  // (a restart, too many boards) is opened again, less and less often.
  var feed = body.dataset.feed;
  var source = null;
  var lastId = null;
  var backoff = 1000;

  function connect() {
    if (!feed || !window.EventSource || source || document.hidden) { return; }
    var url = lastId ? feed.replace(/([?&]at=)[^&]*/, "$1" + encodeURIComponent(lastId)) : feed;
    source = new EventSource(url);
    source.addEventListener("open", function () {
      backoff = 1000;
      live.classList.add("on");
      live.textContent = "live";
    });
    source.addEventListener("change", function (event) {
      if (event.lastEventId) { lastId = event.lastEventId; }
      refresh();
    });
    source.addEventListener("error", function () {
      live.classList.remove("on");
      live.textContent = "reconnecting…";
      if (source && source.readyState === EventSource.CLOSED) {
        source = null;
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      }
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.hidden) {
      if (source) { source.close(); source = null; }
      live.classList.remove("on");
      live.textContent = "paused while hidden";
    } else {
      connect();
      if (wanted) { refresh(); }
    }
  });
  connect();

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
    var items = Array.prototype.slice.call(document.querySelectorAll("main [data-id] > a.title, main svg a[data-id]"));
    if (items.length === 0) { return; }
    var index = items.indexOf(document.activeElement);
    index = event.key === "j" ? Math.min(items.length - 1, index + 1) : Math.max(0, index - 1);
    items[index].focus();
    items[index].scrollIntoView({ block: "nearest" });
    event.preventDefault();
  });
}());
