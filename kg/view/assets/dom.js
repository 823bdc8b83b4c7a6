// kg's graph page: the DOM helpers its scripts share. Text always goes in as text
// (textContent), never as markup.
var kgDom = {
  byId: function (id) { return document.getElementById(id); },
  el: function (tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
};
