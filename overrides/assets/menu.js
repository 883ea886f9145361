/* The language list (partials/alternate.html) is a <details> element, so it opens and
   closes without JavaScript. This small file adds what a keyboard user expects of a menu:
   Esc closes it and puts focus back on its button, and it closes when focus or a click
   leaves it. No inline script: the site's Content-Security-Policy allows none. */
(function () {
  "use strict";
  var menus = Array.prototype.slice.call(document.querySelectorAll("details.hjalp-lang"));

  menus.forEach(function (menu) {
    var button = menu.querySelector("summary");
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        menu.open = false;
        button.focus();
        event.preventDefault();
      }
    });
    menu.addEventListener("focusout", function (event) {
      if (menu.open && event.relatedTarget && !menu.contains(event.relatedTarget)) {
        menu.open = false;
      }
    });
  });

  document.addEventListener("click", function (event) {
    menus.forEach(function (menu) {
      if (menu.open && !menu.contains(event.target)) menu.open = false;
    });
  });
})();
