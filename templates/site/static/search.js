/* agendapack site search: matches the words of a query against window.SEARCH_INDEX (written by
   `agendapack site` as search-index.js). No library, no request outside the site. Results are
   built with textContent, so no text of a PDF is ever read as HTML. */
(function () {
  "use strict";
  var MAX_RESULTS = 50;
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var status = document.getElementById("search-status");
  var entries = window.SEARCH_INDEX || [];
  if (!input || !list) { return; }

  function fold(text) {
    // case and accents do not matter: "Cafe" finds "Café"
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  // each entry's words, once
  var prepared = entries.map(function (e) {
    return { entry: e, title: words(e.title), text: words(e.text + " " + e.title) };
  });

  function hasPrefix(list, word) {
    for (var i = 0; i < list.length; i++) { if (list[i].lastIndexOf(word, 0) === 0) { return true; } }
    return false;
  }
  function score(p, query) {
    // every word of the query must start a word of the entry; words in the title count more
    var total = 0;
    for (var i = 0; i < query.length; i++) {
      if (!hasPrefix(p.text, query[i])) { return 0; }
      total += hasPrefix(p.title, query[i]) ? 3 : 1;
    }
    return total;
  }
  function show(query) {
    var q = words(query);
    list.textContent = "";
    if (q.length === 0) { status.textContent = ""; return; }
    var found = [];
    prepared.forEach(function (p) { var s = score(p, q); if (s > 0) { found.push([s, p.entry]); } });
    found.sort(function (a, b) { return b[0] - a[0]; });
    status.textContent = found.length === 0 ? "No results." :
      found.length + " result" + (found.length === 1 ? "" : "s") + (found.length > MAX_RESULTS ? ", the first " + MAX_RESULTS + " shown." : ".");
    found.slice(0, MAX_RESULTS).forEach(function (pair) {
      var e = pair[1];
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.url;
      a.textContent = e.title;
      li.appendChild(a);
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = e.where;
      li.appendChild(where);
      if (e.text) {
        var snippet = document.createElement("span");
        snippet.className = "snippet small";
        snippet.textContent = e.text.length > 200 ? e.text.slice(0, 200) + "…" : e.text;
        li.appendChild(snippet);
      }
      list.appendChild(li);
    });
  }
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { show(input.value); }, 120);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();
