/* "Lyssna": reads the page's text aloud with the browser's own voice for its language,
   one paragraph, heading, step or table row at a time; the part being read is marked
   (hjalp-listen__current) and scrolled into view; meanwhile the buttons stay at the top
   of the screen (hjalp-listen--on), so "Pausa" is always one tap away. Loaded by
   listen-loader.js when the reader presses "Lyssna", so it starts reading at once.
   Notices, the print link, the page's word list and its sources are not read. */
(function () {
  "use strict";
  var BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, dt, dd, tr, figcaption";
  var SKIP = ".hjalp-notice, .hjalp-listen, .hjalp-print-link, .hjalp-print-only, " +
             ".hjalp-words, .hjalp-sources, .headerlink, [hidden], script, style";
  var box = document.querySelector(".hjalp-listen");
  var synth = window.speechSynthesis;
  var play = box.querySelector(".hjalp-listen__play");
  var stop = box.querySelector(".hjalp-listen__stop");
  var status = box.querySelector(".hjalp-listen__status");
  var lang = box.getAttribute("data-lang");
  var state = "idle", current = null, marked = null, blocks = [];

  /* The element's own words: not those of the blocks inside it (a step's sub-list). */
  function ownText(el) {
    var text = "";
    el.childNodes.forEach(function (node) {
      if (node.nodeType === 3) text += node.textContent;
      else if (node.nodeType === 1 && !node.matches(BLOCKS + ", " + SKIP) &&
               !node.querySelector(BLOCKS)) text += node.textContent;
    });
    return text.replace(/\s+/g, " ").trim();
  }
  function collect() {
    var root = box.closest("article") || document.querySelector("article") || document.body;
    var out = [];
    root.querySelectorAll(BLOCKS).forEach(function (el) {
      if (el.closest(SKIP)) return;
      var text = ownText(el);
      if (text) out.push({ el: el, text: text });
    });
    return out;
  }
  function voice() {
    var mine = synth.getVoices().filter(function (v) {
      return v.lang.toLowerCase().split(/[-_]/)[0] === lang;
    });
    return mine.filter(function (v) { return v.localService; })[0] || mine[0] || null;
  }
  function mark(el) {
    if (marked) marked.classList.remove("hjalp-listen__current");
    marked = el;
    if (!el) return;
    el.classList.add("hjalp-listen__current");
    var still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    el.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
  }
  function say(text) { status.textContent = status.getAttribute("data-" + text); }
  function label(name) { play.textContent = play.getAttribute("data-" + name); }
  function readFrom(i) {
    if (i >= blocks.length) { finish("done"); return; }
    mark(blocks[i].el);
    var u = new SpeechSynthesisUtterance(blocks[i].text);
    u.lang = lang;
    var v = voice();
    if (v) u.voice = v;
    u.onend = function () { if (current === u && state !== "idle") readFrom(i + 1); };
    u.onerror = function (event) {
      if (current === u && event.error !== "interrupted" && event.error !== "canceled") {
        finish("done");
      }
    };
    current = u;
    synth.speak(u);
  }
  function start() {
    synth.cancel();
    blocks = collect();
    state = "reading";
    label("pause"); say("reading");
    stop.hidden = false;
    box.classList.add("hjalp-listen--on");  /* the buttons stay in view (hjalp.css) */
    readFrom(0);
  }
  function finish(message) {
    state = "idle";
    current = null;
    synth.cancel();
    mark(null);
    label("play");
    stop.hidden = true;
    box.classList.remove("hjalp-listen--on");
    if (message) say(message); else status.textContent = "";
    play.focus();
  }
  play.addEventListener("click", function () {
    if (state === "idle") start();
    else if (state === "reading") { synth.pause(); state = "paused"; label("resume"); say("paused"); }
    else { synth.resume(); state = "reading"; label("pause"); say("reading"); }
  });
  stop.addEventListener("click", function () { finish(""); });
  window.addEventListener("pagehide", function () { synth.cancel(); });
  start();
})();
