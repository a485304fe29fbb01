/* Search folding for the browser: the same rules as scripts/casearchive/i18n/folding.py (a test runs
   both on the same strings and requires equal results). Written in ES5 with feature checks so
   that old phones, which many readers use, neither fail to parse it nor fold differently. */
(function (root) {
  "use strict";

  var LETTERS = {
    "\u064a": "\u06cc", "\u0649": "\u06cc", "\u06d2": "\u06cc", "\u0678": "\u06cc",
    "\u0643": "\u06a9", "\u06aa": "\u06a9",
    "\u0629": "\u0647", "\u06d5": "\u0647", "\u06c1": "\u0647", "\u06be": "\u0647",
    "\u0671": "\u0627", "\u0672": "\u0627", "\u0673": "\u0627",
    "\u0676": "\u0648",
    "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0142": "l",
    "\u0111": "d", "\u0131": "i"
  };
  for (var d = 0; d < 10; d++) {
    LETTERS[String.fromCharCode(0x06f0 + d)] = String(d);
    LETTERS[String.fromCharCode(0x0660 + d)] = String(d);
  }

  var DROPPED = "\u0640\u0621\u0674" + "-\u2010\u2011\u00ad" + "'`\u00b4\u2018\u2019\u2032" +
    "\u02bb\u02bc\u02be\u02bf";

  function unicodeRegExp(source, fallback) {
    // Unicode property escapes need ES2018; older engines get a close approximation.
    try { return new RegExp(source, "gu"); } catch (e) { return new RegExp(fallback, "g"); }
  }
  var MARKS = unicodeRegExp("[\\p{Mn}\\p{Cf}]",
    "[\\u0300-\\u036f\\u0610-\\u061a\\u064b-\\u065f\\u0670\\u06d6-\\u06ed\\u200b-\\u200f" +
    "\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\u061c\\u00ad]");
  var NON_WORD = unicodeRegExp("[^\\p{L}\\p{N}]+",
    "[\\u0000-\\u002f\\u003a-\\u0040\\u005b-\\u0060\\u007b-\\u00bf\\u00d7\\u00f7" +
    "\\u2000-\\u206f\\u060c\\u061b\\u061f\\u066a-\\u066d\\u06d4]+");
  var DIGIT_GROUPS = /(\d)[,.\u066b\u066c](?=\d)/g;

  function fold(text) {
    var decomposed = String(text);
    if (decomposed.normalize) decomposed = decomposed.normalize("NFKD");
    decomposed = decomposed.toLowerCase().replace(MARKS, "");
    var kept = "";
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      if (DROPPED.indexOf(c) < 0) kept += LETTERS.hasOwnProperty(c) ? LETTERS[c] : c;
    }
    return kept.replace(DIGIT_GROUPS, "$1").replace(NON_WORD, " ")
      .replace(/^ +| +$/g, "").replace(/ +/g, " ");
  }

  // The folded query with the spaces between two Persian (Arabic-script) words removed, which the
  // search tries too: خامنه ای = خامنه‌ای = خامنهای. (No lookbehind: ES5.)
  var PERSIAN_SPACE = /([\u0600-\u06ff]) (?=[\u0600-\u06ff])/g;

  function joined(query) {
    return fold(query).replace(PERSIAN_SPACE, "$1");
  }

  // The text, and if it has a hamza on a yeh seat (ئ) the same with an alef instead: Persian
  // writes هیئت, هیأت and هیات alike (and رئیس, رییس), so search asks for both folded forms.
  var HAMZA_ON_YEH = /\u0626|[\u064a\u06cc]\u0654/g;

  function spellings(text) {
    var alef = String(text).replace(HAMZA_ON_YEH, "\u0627");
    return alef === String(text) ? [String(text)] : [String(text), alef];
  }

  function searchKey(texts) {
    var parts = [];
    for (var i = 0; i < texts.length; i++) {
      if (!texts[i]) continue;
      var forms = spellings(texts[i]);
      for (var j = 0; j < forms.length; j++) parts.push(fold(forms[j]).replace(/ /g, ""));
    }
    return parts.join("|");
  }

  function allIn(words, key) {
    if (!words[0]) return false;
    for (var i = 0; i < words.length; i++) {
      if (key.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  function matches(query, key) {
    var forms = spellings(query);
    for (var i = 0; i < forms.length; i++) {
      if (allIn(fold(forms[i]).split(" "), key)) return true;
    }
    return false;
  }

  var api = { fold: fold, joined: joined, spellings: spellings, searchKey: searchKey, matches: matches };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.caFold = api;
})(this);
