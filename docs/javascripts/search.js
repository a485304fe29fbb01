// Search: opens the dialog of overrides/partials/search.html and, on first use only, loads
// Pagefind's search engine (pagefind.js, not its 120 KB interface) from the site's pagefind/
// folder. Pagefind fetches only the index chunks and excerpts a query needs: at 20,000 records a
// search for a name downloads about a quarter of a megabyte, where one index of everything would
// weigh tens of megabytes.
(function () {
  "use strict";
  var button = document.querySelector("[data-ca-search]");
  var dialog = document.getElementById("ca-search");
  if (!button || !dialog || typeof dialog.showModal !== "function") {
    return;
  }
  var input = dialog.querySelector("[data-ca-search-input]");
  var status = dialog.querySelector("[data-ca-search-status]");
  var list = dialog.querySelector("[data-ca-search-results]");
  var more = dialog.querySelector("[data-ca-search-more]");
  // The edition's words (overrides/partials/search.html, from the archive's labels table).
  var WORDS = JSON.parse(dialog.getAttribute("data-ca-words") || "{}");
  // Absolute URLs: Pagefind loads its files relative to its own module, not to this page.
  // One index serves both editions (Pagefind splits it by <html lang>): it sits at the site's
  // root, also when this page is in the Persian edition under fa/.
  var bundle = new URL(button.getAttribute("data-ca-search"), document.baseURI).href
    .replace(/\/fa\/pagefind\/$/, "/pagefind/");
  var siteRoot = new URL(bundle).pathname.replace(/pagefind\/$/, "");
  var PAGE_SIZE = 10;
  // A record's page near the top for words of its name (a surname): a person's, organisation's
  // or place's page carries every form of its name in its `names` metadata
  // (render/pagetext.name_keys), which outweighs a page that merely mentions the name often.
  var RANKING = { metaWeights: { names: 10.0, title: 1.0 } };
  var NAME_TOKEN = "namekey";  // as render/pagetext.NAME_TOKEN

  // The hidden word of a page named `term` (render/pagetext.name_token): "" if it has no letters.
  function nameToken(term) {
    var key = window.caFold.fold(term).replace(/ /g, "").replace(/[0-9]/g, function (d) {
      return "x" + "abcdefghij".charAt(Number(d));
    });
    return key ? NAME_TOKEN + key : "";
  }
  var engine = null;
  var found = [];
  var query = 0;  // the latest search; answers to earlier ones are dropped
  var pause = null;

  function say(text) {
    status.textContent = text;
  }

  // A count in the edition's digits and thousands separator: 1,234 or ۱٬۲۳۴.
  function number(count) {
    var signs = WORDS.signs || {};
    return String(count).replace(/\B(?=(\d{3})+$)/g, ",").replace(/[0-9,]/g, function (sign) {
      return signs[sign] || sign;
    });
  }

  // "20 results for “query”" in the edition's words and order; the query is isolated (<bdi>) so
  // that a Latin query in a Persian sentence, or a Persian one in English, keeps its place.
  function sayCount(count, term) {
    var sentence = WORDS[count === 0 ? "none" : count === 1 ? "one" : "many"] || "{count} “{query}”";
    var parts = sentence.replace("{count}", number(count)).split("{query}");
    var query = document.createElement("bdi");
    query.textContent = term;
    status.textContent = "";
    status.append(parts[0], query, parts.slice(1).join(""));
  }

  // The index is written in parts of a few thousand pages (search/stream.py: writing one index
  // of a large archive needs gigabytes); pagefind/parts.json lists, for each language, the
  // folders of the parts beyond the first, which Pagefind searches with the first as one index
  // (mergeIndex: one list of results, by score). A site without the file has one part.
  var LANG = (document.documentElement.getAttribute("lang") || "").split("-")[0].toLowerCase();
  function furtherParts() {
    return fetch(bundle + "parts.json").then(function (response) {
      return response.ok ? response.json() : {};
    }).then(function (parts) {
      return Array.isArray(parts[LANG]) ? parts[LANG] : [];
    }, function () { return []; });
  }

  function load() {
    if (!engine) {
      var options = { baseUrl: siteRoot, excerptLength: 24, ranking: RANKING };
      engine = Promise.all([import(bundle + "pagefind.js"), furtherParts()]).then(function (loaded) {
        var pagefind = loaded[0];
        return pagefind.options(options).then(function () {
          pagefind.init();  // fetch the engine and the index's table of contents while the reader types
          return Promise.all(loaded[1].map(function (part) {
            return pagefind.mergeIndex(bundle + part, Object.assign({ language: LANG }, options));
          }));
        }).then(function () { return pagefind; });
      });
      engine.catch(function () {
        engine = null;
        say(WORDS.unavailable);
      });
    }
    return engine;
  }

  // The words a page holds for search only (render/pagetext.hidden_words: its name tokens and,
  // in Persian, its names and dates folded) lie between two anchors Pagefind lists with their
  // word positions: ca-keys-PART and ca-keys-PART-end. The range of each such paragraph's words.
  var HIDDEN = "ca-keys-";  // as render/pagetext.HIDDEN_ANCHOR
  function hiddenRanges(anchors) {
    var at = {};
    (anchors || []).forEach(function (anchor) {
      if (String(anchor.id).indexOf(HIDDEN) === 0) {
        at[anchor.id] = anchor.location;
      }
    });
    return Object.keys(at).filter(function (id) { return !/-end$/.test(id) && (id + "-end") in at; })
      .map(function (id) { return [at[id], at[id + "-end"]]; });
  }

  // The excerpt of a page without its hidden words, made as Pagefind makes its own (the words of
  // the page's text, which Pagefind stores escaped, with <mark> around the query's matches): the
  // `EXCERPT` words around the most matches the reader can see. When the page was found only
  // through hidden words (a name token), its first words after its title. Pagefind's excerpt as
  // it is for a page with no hidden words.
  var EXCERPT = 24;
  function visibleExcerpt(page) {
    var ranges = hiddenRanges(page.anchors);
    if (!ranges.length || typeof page.content !== "string") {
      return page.excerpt || "";
    }
    var hidden = function (at) {
      return ranges.some(function (range) { return at >= range[0] && at < range[1]; });
    };
    var matched = {};
    (page.locations || []).forEach(function (at) { matched[at] = true; });
    var words = [];
    var marks = [];
    page.content.split(/[\r\n\s]+/g).forEach(function (word, at) {
      if (word && !hidden(at)) {
        if (matched[at]) {
          marks.push(words.length);
        }
        words.push(matched[at] ? "<mark>" + word + "</mark>" : word);
      }
    });
    var start = 0;
    if (marks.length) {
      var best = -1;
      marks.forEach(function (mark) {
        var from = Math.max(0, Math.min(mark - Math.floor(EXCERPT / 4), words.length - EXCERPT));
        var count = marks.filter(function (m) { return m >= from && m < from + EXCERPT; }).length;
        if (count > best) {
          best = count;
          start = from;
        }
      });
    } else {
      var title = (page.anchors || []).filter(function (a) { return a.location === 0 && /^h1$/i.test(a.element); })[0];
      start = title ? String(title.text).split(/[\r\n\s]+/g).filter(Boolean).length : 0;
      start = start < words.length ? start : 0;
    }
    return words.slice(start, start + EXCERPT).join(" ");
  }

  // Pagefind's excerpts are text with its own <mark> around matches (it escapes the rest); keep
  // the marks and turn anything else into plain text, whatever the index holds. The excerpt is
  // parsed in a separate, inert document (DOMParser): nothing in it loads or runs there, where
  // setting innerHTML on an element of this page would start an <img>'s load and fire its
  // handlers before any clean-up. Only text nodes and new <mark> elements reach the page. A name
  // token that reaches here all the same is left out, and so is a mark left with no words.
  var TOKEN_WORD = new RegExp("\\S*" + NAME_TOKEN + "\\S*", "gi");
  function excerpt(html) {
    var holder = document.createElement("p");
    holder.className = "ca-search__excerpt";
    var parsed = new DOMParser().parseFromString(String(html), "text/html").body;
    (function keep(node) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === Node.TEXT_NODE) {
          holder.append(document.createTextNode(child.data.replace(TOKEN_WORD, "")));
        } else if (child.nodeName === "MARK") {
          var words = child.textContent.replace(TOKEN_WORD, "");
          if (words.trim()) {
            var mark = document.createElement("mark");
            mark.textContent = words;
            holder.append(mark);
          }
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          keep(child);
        }
      });
    })(parsed);
    holder.normalize();
    return holder;
  }

  function show(page) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    item.className = "ca-search__result";
    link.href = page.url;
    link.textContent = (page.meta && page.meta.title) || page.url;
    item.append(link);
    var line = excerpt(visibleExcerpt(page));
    if (line.textContent.trim()) {
      item.append(line);
    }
    list.append(item);
  }

  function showMore(asked) {
    var next = found.slice(list.children.length, list.children.length + PAGE_SIZE);
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (asked !== query) {
        return;
      }
      pages.forEach(show);
      more.hidden = list.children.length >= found.length;
    });
  }

  // The results for a query, best first. Persian and Arabic spellings vary (ي/ی, ك/ک, ZWNJ,
  // digits): the query is folded as the index's hidden search keys are folded (fold.js, the same
  // rules as casearchive/i18n/folding.py). Writers also put a space, a ZWNJ or nothing between
  // the parts of a name (خامنه ای, خامنه‌ای, خامنهای): the query is tried with the spaces between
  // its Persian words removed as well; and a hamza on a yeh seat both as a yeh and as an alef
  // (هیئت, هیات: caFold.spellings). What only those forms find comes after, no page twice.
  // First of all comes the page of the person, organisation or place the query names: each such
  // page holds, hidden, one exact word per form of its name (NAME_TOKEN and the name folded
  // without spaces: render/pagetext.name_tokens), which the query's own is searched for.
  function distinct(items) {
    return items.filter(function (item, at) { return item && items.indexOf(item) === at; });
  }

  function results(term) {
    var persian = /[\u0600-\u06FF]/.test(term) && window.caFold;
    var forms = persian ? window.caFold.spellings(term) : [term];
    var queries = distinct(forms.reduce(function (all, form) {
      return all.concat(persian ? [window.caFold.fold(form).trim(), window.caFold.joined(form)]
                                : [form.trim()]);
    }, []));
    var keys = window.caFold ? distinct(forms.map(nameToken)) : [];
    return load().then(function (pagefind) {
      return Promise.all(keys.map(function (key) { return pagefind.search('"' + key + '"'); })
        .concat(queries.map(function (wanted) { return pagefind.search(wanted); })));
    }).then(function (answers) {
      var named = [];
      var matched = [];
      answers.forEach(function (answer, at) {
        var found = answer ? answer.results : [];
        if (at < keys.length) {
          named = named.concat(found);
        } else {
          matched = matched.concat(found);
        }
      });
      var byId = {};
      matched.forEach(function (result) {
        byId[result.id] = byId[result.id] || result;
      });
      // The named page with the excerpt of the query's words (not of its hidden name word).
      var seen = {};
      return named.map(function (result) { return byId[result.id] || result; })
        .concat(matched)
        .filter(function (result) {
          var first = !seen[result.id];
          seen[result.id] = true;
          return first;
        });
    });
  }
  // For tests and the bench: the same ranking the dialog shows.
  window.caSearch = { results: results };

  function search(term) {
    var asked = ++query;
    if (!term.trim()) {
      found = [];
      list.textContent = "";
      more.hidden = true;
      say("");
      return;
    }
    results(term).then(function (ranked) {
      if (asked !== query) {
        return;  // a later keystroke replaced this search
      }
      found = ranked;
      list.textContent = "";
      return showMore(asked).then(function () {
        if (asked === query) {
          sayCount(found.length, term.trim());
        }
      });
    });
  }

  function open() {
    if (!dialog.open) {
      dialog.showModal();
    }
    input.focus();
    load();
  }

  button.hidden = false;
  button.addEventListener("click", open);
  // Search once typing pauses. (Pagefind's debouncedSearch also preloads the index chunks of
  // every partial word typed on the way, which costs a reader tens of kilobytes per search.)
  input.addEventListener("input", function () {
    clearTimeout(pause);
    say(input.value.trim() ? WORDS.searching : "");
    pause = setTimeout(function () { search(input.value); }, 300);
  });
  input.addEventListener("keydown", function (event) {
    var first = list.querySelector("a");
    if (event.key === "Enter" && first) {
      first.click();
    }
  });
  more.addEventListener("click", function () { showMore(query); });
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
