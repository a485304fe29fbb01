/* Search for the offline copy. Browsers refuse fetch() and workers on file:// pages, so neither
   MkDocs' search nor Pagefind can run there; this loads the index as a plain <script>
   (javascripts/search-index.js, written by `casearchive offline`) the first time the reader uses
   the box, and matches with the same folding as the build (fold.js). Data is only ever put into
   the page as text, never as HTML. ES5, so that old phones can run it. */
(function () {
  "use strict";
  var fold = window.caFold;
  var header = document.querySelector(".md-header__inner");
  if (!fold || !header) return;

  // Entries are arrays, to keep the index small: see offline.py ENTRY_FIELDS.
  var HREF = 0, TITLE = 1, PERSIAN = 2, KIND = 3, NAMES = 4, TEXT = 5;
  var LIMIT = 30;
  // One index serves both editions: on a Persian page (under fa/) results lead to Persian pages
  // and read in Persian. The words are the edition's, from the archive's labels table, in the
  // search dialog's data-ca-words (overrides/partials/search.html), as the online search reads them.
  var PERSIAN_PAGE = document.documentElement.lang === "fa";
  var dialog = document.getElementById("ca-search");
  var WORDS = {};
  try { WORDS = JSON.parse(dialog.getAttribute("data-ca-words")); } catch (e) { WORDS = {}; }
  if (!WORDS.kinds) {
    WORDS = { offline_placeholder: "Search names, places, titles",
              offline_label: "Search the archive (works offline)",
              offline_missing: "The search index is missing from this copy.",
              offline_loading: "Loading the index…", offline_one: "{count} result",
              offline_many: "{count} results", edition: "", kinds: {}, signs: {} };
  }

  function number(n) {
    return String(n).replace(/[0-9]/g, function (d) { return WORDS.signs[d] || d; });
  }

  function base() {
    var config = document.getElementById("__config");
    try { return JSON.parse(config.textContent).base || "."; } catch (e) { return "."; }
  }

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    if (text) node.textContent = text;
    return node;
  }

  var form = element("form", { "class": "ca-offline-search", role: "search" });
  var input = element("input", {
    type: "search", dir: "auto", autocomplete: "off", placeholder: WORDS.offline_placeholder,
    "aria-label": WORDS.offline_label
  });
  var results = element("div", { "class": "ca-offline-results", "aria-live": "polite" });
  form.appendChild(input);
  form.appendChild(results);
  header.insertBefore(form, header.querySelector(".md-header__source"));
  document.head.appendChild(element("style", {},
    ".ca-offline-search{position:relative;margin:0 .8rem;flex-shrink:1}" +
    ".ca-offline-search input{width:14rem;max-width:40vw;padding:.3rem .5rem;border:0;" +
    "border-radius:.2rem;font:inherit;font-size:.75rem}" +
    ".ca-offline-results{position:absolute;inset-inline-end:0;top:2.2rem;width:24rem;max-width:90vw;" +
    "max-height:70vh;overflow:auto;background:#fff;color:#000;font-size:.7rem;" +
    "box-shadow:0 2px 8px rgba(0,0,0,.3);border-radius:.2rem}" +
    ".ca-offline-results:empty{display:none}.ca-offline-results p{margin:.5rem .8rem}" +
    ".ca-offline-results a{display:block;padding:.4rem .8rem;color:inherit}" +
    ".ca-offline-results a:hover,.ca-offline-results a:focus{background:#eef}" +
    ".ca-offline-results small{color:#555;margin-inline-start:.4rem}"));

  var index = null;
  var loading = false;

  function load() {
    if (index || loading) return;
    loading = true;
    var script = element("script", { src: base() + "/javascripts/search-index.js" });
    script.onload = function () { index = window.caSearchIndex; show(); };
    script.onerror = function () { message(WORDS.offline_missing); };
    document.head.appendChild(script);
  }

  function message(text) {
    results.textContent = "";
    results.appendChild(element("p", {}, text));
  }

  // Readers mostly look for someone or somewhere: a match in a name beats one in the text, and
  // the person, body, place or case itself beats the events and sources that mention it.
  var ENTITIES = { person: true, organisation: true, place: true, "case": true };

  function rank(query) {
    var found = [];
    for (var i = 0; i < index.docs.length; i++) {
      var doc = index.docs[i];
      var entity = ENTITIES[doc[KIND]] ? 0 : 1;
      if (fold.matches(query, doc[NAMES])) found.push([entity, doc]);
      else if (fold.matches(query, doc[NAMES] + "|" + doc[TEXT])) found.push([2 + entity, doc]);
    }
    found.sort(function (a, b) {
      return a[0] - b[0] || (a[1][TITLE] < b[1][TITLE] ? -1 : a[1][TITLE] > b[1][TITLE] ? 1 : 0);
    });
    return found;
  }

  function show() {
    var query = input.value;
    if (!fold.fold(query)) { results.textContent = ""; return; }
    if (!index) { message(WORDS.offline_loading); return; }
    var found = rank(query);
    message((found.length === 1 ? WORDS.offline_one : WORDS.offline_many).replace("{count}", number(found.length)));
    var root = base() + "/" + WORDS.edition;
    for (var i = 0; i < found.length && i < LIMIT; i++) {
      var doc = found[i][1];
      var link = element("a", { href: root + doc[HREF] });
      // The name in the page's language first, then the other.
      var first = PERSIAN_PAGE && doc[PERSIAN] ? [doc[PERSIAN], "fa"] : [doc[TITLE], "en"];
      var second = doc[PERSIAN] ? (first[1] === "fa" ? [doc[TITLE], "en"] : [doc[PERSIAN], "fa"]) : null;
      link.appendChild(element("span", { lang: first[1], dir: first[1] === "fa" ? "rtl" : "ltr" }, first[0]));
      if (second) {
        link.appendChild(document.createTextNode(" · "));
        link.appendChild(element("span", { lang: second[1], dir: second[1] === "fa" ? "rtl" : "ltr" }, second[0]));
      }
      link.appendChild(document.createTextNode(" "));
      link.appendChild(element("small", {}, WORDS.kinds[doc[KIND]] || doc[KIND]));
      results.appendChild(link);
    }
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); show(); });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { input.value = ""; show(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = results.querySelector("a");
    if (first) window.location.href = first.href;
  });
})();
