/*
 * The school picker of /embed/demo/: while a webmaster types, it asks /api/v1/schools/?q=
 * and lists the schools; picking one writes that school's code into the snippets on the page,
 * and the copy button puts the one-line snippet on the clipboard. Without JavaScript the form
 * and the links do the same with a page load.
 */
(function () {
  "use strict";
  var WAIT_MS = 250;
  var MIN_LENGTH = 2;

  function ready() {
    var input = document.getElementById("school-q");
    var list = document.getElementById("school-results");
    var status = document.getElementById("school-status");
    if (!input || !list || !status) return;
    var timer = null;
    var asked = "";

    function choose(code, name) {
      var script = document.getElementById("snippet-script");
      var frame = document.getElementById("snippet-iframe");
      script.textContent = script.textContent.replace(/data-school="[^"]*"/, 'data-school="' + code + '"');
      frame.textContent = frame.textContent.replace(/\/embed\/school\/[^/]+\//, "/embed/school/" + code + "/");
      status.textContent = "De code hieronder is voor " + name + ".";
      document.getElementById("copy-status").textContent = "";
      document.getElementById("snippet-script").parentNode.focus();
    }

    function show(schools, count) {
      list.textContent = "";
      schools.forEach(function (school) {
        var item = document.createElement("li");
        var button = document.createElement("button");
        button.type = "button";
        button.dataset.code = school.code;
        button.dataset.name = school.name;
        button.textContent = school.name;
        item.appendChild(button);
        item.appendChild(document.createTextNode(", " + school.city + " (code " + school.code + ")"));
        list.appendChild(item);
      });
      status.textContent = count === 0 ? "Geen school gevonden. Probeer een ander woord."
        : count === 1 ? "1 school gevonden. Kies uw school."
        : count + " scholen gevonden. Kies uw school." + (count > schools.length ? " Hier staan de eerste " + schools.length + "." : "");
    }

    function find() {
      var q = input.value.trim();
      if (q === asked) return;
      asked = q;
      if (q.length < MIN_LENGTH) { list.textContent = ""; status.textContent = ""; return; }
      fetch("/api/v1/schools/?page_size=10&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (data) { if (q === asked) show(data.results, data.count); })
        .catch(function () { if (q === asked) status.textContent = "Zoeken lukt nu niet. Probeer het later nog eens."; });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(find, WAIT_MS);
    });
    input.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      asked = "";
      find();
    });
    list.addEventListener("click", function (event) {
      var target = event.target.closest("[data-code]");
      if (!target) return;
      event.preventDefault();
      choose(target.dataset.code, target.dataset.name);
    });

    var copy = document.querySelector("[data-copy]");
    copy.hidden = false;
    copy.addEventListener("click", function () {
      var text = document.getElementById(copy.dataset.copy).textContent;
      var done = document.getElementById("copy-status");
      navigator.clipboard.writeText(text)
        .then(function () { done.textContent = "De code is gekopieerd."; })
        .catch(function () { done.textContent = "Kopiëren lukt niet. Selecteer de code en kopieer die zelf."; });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", ready); else ready();
})();
