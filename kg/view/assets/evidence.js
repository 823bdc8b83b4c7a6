// kg's graph page: the evidence panel, and the CSV of what it lists. Every text goes in as
// text (textContent, createTextNode); the CSV is a blob made in the page.
function kgEvidence(DATA) {
  "use strict";
  var N = DATA.nodes;
  var MAX_LISTED = 200;  // statements listed in the panel (the CSV has all)
  var COLUMNS = ["source", "relation", "target", "event_class", "quad_class", "negated",
                 "modality", "date", "confidence", "sentence", "article", "article_title",
                 "statement"];
  var csvUrl = null;

  var $ = kgDom.byId, el = kgDom.el;

  function row(s) {
    var art = DATA.articles[s.article];
    return [N[s.from].label, s.relation, N[s.to].label, s.class, s.quad || "", s.negated,
            s.modality || "", s.date || "", s.confidence, DATA.sentences[s.sentence],
            art.id || "", art.title || "", s.statement];
  }
  // RFC 4180 quoting; a cell a spreadsheet would read as a formula gets a leading quote
  function cell(value) {
    var text = value === null || value === undefined ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return '"' + text.replace(/"/g, '""') + '"';
  }
  function toCsv(list) {
    return [COLUMNS].concat(list.map(row)).map(function (r) {
      return r.map(cell).join(",");
    }).join("\r\n") + "\r\n";
  }
  function fileName(text) {
    return "kg-evidence-" + (text.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "") ||
                             "selection") + ".csv";
  }

  function item(s) {
    var li = el("li"), art = DATA.articles[s.article];
    li.appendChild(el("span", "kg-sentence", "\u201c" + DATA.sentences[s.sentence] + "\u201d"));
    var meta = el("span", "kg-meta");
    if (s.negated) { meta.appendChild(el("span", "kg-not", "NOT ")); }
    meta.appendChild(document.createTextNode(
      N[s.from].label + " \u2192 " + s.relation + " \u2192 " + N[s.to].label + " \u00b7 " +
      s.class + (s.quad ? " (" + s.quad + ")" : "") + " \u00b7 " + (s.modality || "") +
      " \u00b7 confidence " + s.confidence.toFixed(2) + (s.date ? " \u00b7 " + s.date : "")));
    li.appendChild(meta);
    var source = [art.title, art.id].filter(Boolean).join(" \u00b7 ");
    if (source) { li.appendChild(el("span", "kg-source", source)); }
    return li;
  }

  function reset() {
    $("kg-evidence").replaceChildren();
    if (csvUrl) { URL.revokeObjectURL(csvUrl); csvUrl = null; }
  }

  return {
    clear: function () {
      reset();
      $("kg-panel-title").textContent = "Evidence";
      $("kg-panel-summary").textContent = "Click an actor or an edge to list its statements.";
      $("kg-csv").hidden = true;
    },
    // list ``statements`` (the selection's, under the filters) under ``title``
    show: function (title, statements) {
      var list = $("kg-evidence"), link = $("kg-csv");
      reset();
      $("kg-panel-title").textContent = title;
      $("kg-panel-summary").textContent = statements.length + " statements under the filters" +
        (statements.length > MAX_LISTED ?
          "; the first " + MAX_LISTED + " listed, all in the CSV" : "");
      statements.slice(0, MAX_LISTED).forEach(function (s) { list.appendChild(item(s)); });
      csvUrl = URL.createObjectURL(new Blob([toCsv(statements)], {type: "text/csv;charset=utf-8"}));
      link.href = csvUrl;
      link.download = fileName(title);
      link.hidden = statements.length === 0;
    }
  };
}
