/* Hjälpguiden search: runs on the search page only. Fetches this language's index
   (search/index.json) once, after the reader has typed a query, and lists matching pages.
   Matching: case- and accent-insensitive word prefixes; title hits weigh more. */
(function () {
  "use strict";
  var form = document.querySelector("form.hjalp-search");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("hjalp-search-status");
  var list = document.getElementById("hjalp-search-results");
  var index = null, pending = null, timer = null;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }
  function load() {
    if (index) return Promise.resolve(index);
    if (!pending) {
      pending = fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); })
        .then(function (data) {
          index = data.pages.map(function (p) {
            return { page: p, title: words(p.t), text: words(p.s + " " + p.x) };
          });
          return index;
        });
    }
    return pending;
  }
  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var t = terms[i], hit = 0;
      entry.title.forEach(function (w) { if (w.indexOf(t) === 0) hit += 10; });
      entry.text.forEach(function (w) { if (w.indexOf(t) === 0) hit += 1; });
      if (!hit) return 0;
      total += hit;
    }
    return total;
  }
  function snippet(page) {
    var text = page.s || page.x;
    return text.length > 160 ? text.slice(0, 157) + " …" : text;
  }
  function show(query) {
    var terms = words(query);
    list.textContent = "";
    if (!terms.length) { status.textContent = ""; return; }
    status.textContent = status.getAttribute("data-loading");
    load().then(function (entries) {
      var found = entries.map(function (e) { return { e: e, s: score(e, terms) }; })
        .filter(function (r) { return r.s > 0; })
        .sort(function (a, b) { return b.s - a.s; });
      var n = found.length;
      status.textContent = n === 0 ? status.getAttribute("data-none")
        : n === 1 ? status.getAttribute("data-one")
        : status.getAttribute("data-other").replace("#", String(n));
      var base = new URL(form.getAttribute("data-index"), document.baseURI);
      found.slice(0, 20).forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL("../" + r.e.page.u, base).href;
        a.textContent = r.e.page.t;
        var p = document.createElement("p");
        p.textContent = snippet(r.e.page);
        li.appendChild(a); li.appendChild(p); list.appendChild(li);
      });
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show(input.value);
  });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 250);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();
