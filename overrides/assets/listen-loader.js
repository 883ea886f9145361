/* "Lyssna": shows the button when this device has a voice for the text's language, or
   says that it has none. The code that reads (listen.js) loads only when it is pressed. */
(function () {
  "use strict";
  var box = document.querySelector(".hjalp-listen"), synth = window.speechSynthesis;
  if (!box || !synth || !window.SpeechSynthesisUtterance) return;
  var play = box.querySelector(".hjalp-listen__play");
  var status = box.querySelector(".hjalp-listen__status");
  var lang = box.getAttribute("data-lang"), none = status.getAttribute("data-novoice");
  function render(last) {
    var voices = synth.getVoices();
    if (!voices.length && !last) return;  // voices load late: wait for voiceschanged
    var ok = voices.some(function (v) { return v.lang.toLowerCase().split(/[-_]/)[0] === lang; });
    box.hidden = false;
    play.hidden = !ok;
    if (!ok) status.textContent = none;
    else if (status.textContent === none) status.textContent = "";
  }
  play.addEventListener("click", function () {
    var script = document.createElement("script");
    script.src = box.getAttribute("data-script");
    document.head.appendChild(script);
  }, { once: true });
  render(false);
  synth.addEventListener("voiceschanged", function () { render(true); });
  setTimeout(function () { if (box.hidden) render(true); }, 2000);
})();
