// Tell the host page how tall this page is, so the iframe can fit it (see embed.js).
(function () {
  if (window.parent === window) return;
  var last = 0;
  function report() {
    var height = document.documentElement.scrollHeight;
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "passend-informatie:height", height: height, href: location.href }, "*");
  }
  window.addEventListener("load", report);
  if ("ResizeObserver" in window) new ResizeObserver(report).observe(document.body);
  report();
})();
