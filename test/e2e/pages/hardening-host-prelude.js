// A hostile but real-world host page: extended built-in prototypes (enumerable, as old libraries
// did) and an AMD loader's global `define`.
Array.prototype.foo = function () {
  return 'foo';
};
Object.prototype.bar = 1;
String.prototype.trim2 = function () {
  return this;
};
window.__amdCalls = 0;
window.define = function () {
  window.__amdCalls += 1;
};
window.define.amd = {};
