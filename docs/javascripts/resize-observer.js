/* Material for MkDocs fetches a ResizeObserver polyfill from unpkg.com when a browser has none
   (older phones and WebViews): a request to a third party that would reveal the reader. This
   stand-in is enough for the theme (it only needs to hear that an element may have resized).
   It runs before the theme starts its components, which waits for DOMContentLoaded. */
(function () {
  "use strict";
  if (typeof window.ResizeObserver !== "undefined") return;

  function ResizeObserver(callback) {
    var self = this;
    this.callback = callback;
    this.targets = [];
    this.listener = function () { self.notify(); };
  }
  ResizeObserver.prototype.notify = function () {
    var entries = [];
    for (var i = 0; i < this.targets.length; i++) {
      entries.push({ target: this.targets[i], contentRect: this.targets[i].getBoundingClientRect() });
    }
    if (entries.length) this.callback(entries, this);
  };
  ResizeObserver.prototype.observe = function (target) {
    var self = this;
    if (this.targets.indexOf(target) >= 0) return;
    this.targets.push(target);
    if (this.targets.length === 1) window.addEventListener("resize", this.listener);
    setTimeout(function () { self.notify(); }, 0);
  };
  ResizeObserver.prototype.unobserve = function (target) {
    var at = this.targets.indexOf(target);
    if (at >= 0) this.targets.splice(at, 1);
    if (!this.targets.length) window.removeEventListener("resize", this.listener);
  };
  ResizeObserver.prototype.disconnect = function () {
    this.targets = [];
    window.removeEventListener("resize", this.listener);
  };
  window.ResizeObserver = ResizeObserver;
})();
