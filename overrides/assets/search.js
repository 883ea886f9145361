/* Hjälpguiden search: runs on the search page only. Fetches this language's index
   (search/index.json) once, after the reader has typed a query, and lists matching pages.

   Every word of the query must match a word of the page, case- and accent-insensitive,
   in one of four ways, best first:
     4 the whole word, 3 the start of a word ("bank" in "banken"),
     2 inside a word, for query words of 4 letters or more ("klagan" in "överklagandet",
       "legitimation" in "e-legitimation": compounds in Swedish, Finnish, Sami …),
     1 one typo (two for words of 9 letters or more) at the start of a word, for query words
       of 5 letters or more ("legitimaton", "överklgan").
   A page is ranked first by its weakest query word (so every page that matches the words
   as written comes before a page found only through a typo), then by score: title words
   weigh ten times more than text words. */
(function () {
  "use strict";
  var form = document.querySelector("form.hjalp-search");
  if (!form) return;
  var input = form.querySelector("input[name=q]");
  var status = document.getElementById("hjalp-search-status");
  var list = document.getElementById("hjalp-search-results");
  var index = null, pending = null, timer = null;
  var WEIGHT = [0, 0.3, 0.5, 1, 1.5];  // by match kind, see above
  var TITLE = 10;

  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD")
      .replace(/[\p{M}\u0640]/gu, "")          // accents, Arabic vowel signs, tatweel
      .replace(/[ىیي]/g, "ي").replace(/[کك]/g, "ك").replace(/ة/g, "ه");
  }
  /* Words of a text; "e-legitimation" gives "e", "legitimation" and "elegitimation". */
  function words(text) {
    var out = [];
    fold(text).split(/[^\p{L}\p{N}-]+/u).forEach(function (token) {
      var parts = token.split("-").filter(Boolean);
      out.push.apply(out, parts);
      if (parts.length > 1) out.push(parts.join(""));
    });
    return out;
  }
  /* Index: every distinct word, with the pages it is on and how often (title, text). */
  function build(pages) {
    var vocabulary = new Map();
    pages.forEach(function (page, n) {
      function count(text, field) {
        words(text).forEach(function (w) {
          var on = vocabulary.get(w);
          if (!on) vocabulary.set(w, on = new Map());
          var c = on.get(n) || [0, 0];
          c[field] += 1;
          on.set(n, c);
        });
      }
      count(page.t, 0);
      count(page.s + " " + page.x, 1);
    });
    return { pages: pages, vocabulary: vocabulary };
  }
  function load() {
    if (index) return Promise.resolve(index);
    if (!pending) {
      pending = fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); })
        .then(function (data) { return (index = build(data.pages)); });
    }
    return pending;
  }
  /* Fewest edits (insert, delete, change, swap two letters) that turn `term` into the start
     of `word`; more than `max` is reported as max + 1. */
  function editsToStart(term, word, max) {
    var n = term.length, m = Math.min(word.length, n + max), i, j;
    var before = null, prev = [], cur;
    for (j = 0; j <= m; j++) prev[j] = j;
    for (i = 1; i <= n; i++) {
      cur = [i];
      var least = i;
      for (j = 1; j <= m; j++) {
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1,
                         prev[j - 1] + (term[i - 1] === word[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1]) {
          v = Math.min(v, before[j - 2] + 1);
        }
        cur[j] = v;
        if (v < least) least = v;
      }
      if (least > max) return max + 1;
      before = prev; prev = cur;
    }
    return Math.min.apply(null, prev);
  }
  function kind(term, word) {
    if (word === term) return 4;
    var at = word.indexOf(term);
    if (at === 0) return 3;
    if (at > 0 && term.length >= 4) return 2;
    var max = term.length >= 9 ? 2 : term.length >= 5 ? 1 : 0;
    return max && editsToStart(term, word, max) <= max ? 1 : 0;
  }
  /* Pages matching every term: [{page, tier, score}], best first. */
  function search(idx, terms) {
    var found = null;
    terms.forEach(function (term) {
      var hits = new Map();  // page number -> [best kind, score]
      idx.vocabulary.forEach(function (on, word) {
        var k = kind(term, word);
        if (!k) return;
        on.forEach(function (c, n) {
          var h = hits.get(n) || [0, 0];
          h[0] = Math.max(h[0], k);
          h[1] += WEIGHT[k] * (TITLE * c[0] + c[1]);
          hits.set(n, h);
        });
      });
      var next = new Map();
      hits.forEach(function (h, n) {
        var before = found ? found.get(n) : [4, 0];
        if (before) next.set(n, [Math.min(before[0], Math.min(h[0], 3)), before[1] + h[1]]);
      });
      found = next;
    });
    var out = [];
    found.forEach(function (h, n) { out.push({ page: idx.pages[n], tier: h[0], score: h[1] }); });
    return out.sort(function (a, b) { return b.tier - a.tier || b.score - a.score; });
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
    load().then(function (idx) {
      if (query !== input.value && input.value) return;  // a newer query is on its way
      var found = search(idx, terms);
      var n = found.length;
      status.textContent = n === 0 ? status.getAttribute("data-none")
        : n === 1 ? status.getAttribute("data-one")
        : status.getAttribute("data-other").replace("#", String(n));
      var base = new URL(form.getAttribute("data-index"), document.baseURI);
      found.slice(0, 20).forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = new URL("../" + r.page.u, base).href;
        a.textContent = r.page.t;
        var p = document.createElement("p");
        p.textContent = snippet(r.page);
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
