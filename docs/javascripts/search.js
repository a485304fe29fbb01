// Search: opens the dialog from overrides/partials/search.html and, on first use only, loads
// Pagefind's interface from the site's pagefind/ folder (built by `casearchive build`). Pagefind
// then fetches just the index chunks and excerpts a query needs.
(function () {
  "use strict";
  var button = document.querySelector("[data-ca-search]");
  var dialog = document.getElementById("ca-search");
  if (!button || !dialog || typeof dialog.showModal !== "function") {
    return;
  }
  // Absolute URLs: Pagefind imports its modules relative to its own script, not to this page.
  var bundle = new URL(button.getAttribute("data-ca-search"), document.baseURI).href;
  var siteRoot = new URL(bundle).pathname.replace(/pagefind\/$/, "");
  var ready = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  function start() {
    if (ready) {
      return ready;
    }
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = bundle + "pagefind-ui.css";
    document.head.appendChild(style);
    ready = loadScript(bundle + "pagefind-ui.js").then(function () {
      return new window.PagefindUI({
        element: dialog.querySelector("[data-ca-search-ui]"),
        bundlePath: bundle,
        baseUrl: siteRoot,
        showImages: false,
        showSubResults: true,
        resetStyles: false,
        autofocus: true,
        translations: { placeholder: "Search names, aliases, places, words" }
      });
    });
    ready.catch(function (error) {
      ready = null;
      dialog.querySelector("[data-ca-search-ui]").textContent =
        "Search is not available here (" + error.message + "). It works on the built site.";
    });
    return ready;
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
    start().then(function () {
      var input = dialog.querySelector("input");
      if (input) {
        input.focus();
      }
    }, function () {});
  }

  button.hidden = false;
  button.addEventListener("click", open);
  // A click on the backdrop (outside the dialog's box) closes it, as Material's search does.
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) {
      dialog.close();
    }
  });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
})();
