/* The find box of the staff page (utskrift/): shows only the handouts and referral sheets
   whose words match what staff type ("överklag", "id-kort", "sundsvall").
   Without JavaScript the box stays hidden and the page is plain headings and lists.
   A file, not inline script, so a strict Content-Security-Policy allows it.
   Each [data-find] element carries its words already folded (lower case, no accents) by
   hjalpguide.handouts.staff.fold; a [data-find-group] is hidden when none of its items
   match; [data-find-hide] is hidden while a search is active. */
(function () {
  "use strict";
  var box = document.querySelector(".hjalp-staff-find");
  if (!box) { return; }
  var input = box.querySelector("input");
  var status = box.querySelector("[role=status]");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-find]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-find-group]"));
  var extras = Array.prototype.slice.call(document.querySelectorAll("[data-find-hide]"));

  function fold(text) {
    return text.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ").trim();
  }

  function say(count) {
    var text = count === 0 ? status.getAttribute("data-none")
      : count === 1 ? status.getAttribute("data-one") : status.getAttribute("data-other");
    status.textContent = text.replace("{count}", String(count));
  }

  function filter() {
    var words = fold(input.value).split(" ").filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var text = item.getAttribute("data-find");
      var match = words.every(function (word) { return text.indexOf(word) !== -1; });
      item.hidden = !match;
      if (match) { shown += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("[data-find]:not([hidden])");
    });
    extras.forEach(function (extra) { extra.hidden = words.length > 0; });
    if (words.length) { say(shown); } else { status.textContent = ""; }
  }

  box.hidden = false;
  input.addEventListener("input", filter);
  if (input.value) { filter(); }
}());
