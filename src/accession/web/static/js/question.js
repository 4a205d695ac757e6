// The question page without reloads: a member's evidence is fetched from the JSON API
// (/api/evidence) and drawn with textContent only, so document text can never become markup.
// Without this script the same links and the date form work by reloading the page.
(function () {
  "use strict";
  var root = document.getElementById("question");
  if (!root) return;
  var key = root.dataset.key;
  var on = root.dataset.on;
  var panelTitle = document.getElementById("member-title");
  var panelBody = document.getElementById("member-evidence");
  var form = document.getElementById("date-form");
  var input = document.getElementById("on-input");

  if (form && input) {
    input.addEventListener("change", function () {
      if (input.value && input.checkValidity()) form.requestSubmit();
    });
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function isWeb(url) {
    return /^https?:\/\//i.test(url || "");
  }

  function renderItems(items) {
    var list = el("ol", "timeline");
    if (!items.length) list.appendChild(el("li", "muted", "No evidence up to this date."));
    items.forEach(function (e) {
      var li = el("li", "tl-item tl-" + e.stance);
      var meta = el("div", "tl-meta");
      var time = el("time", null, e.on_date);
      time.setAttribute("datetime", e.on_date);
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(" "));
      meta.appendChild(el("span", "chip chip-" + e.stance, e.stance));
      meta.appendChild(el("span", "muted", " " + e.review + " · " + e.method));
      li.appendChild(meta);
      if (e.quote) li.appendChild(el("blockquote", null, e.quote));
      if (e.condition) li.appendChild(el("p", "cond", "Condition: " + e.condition));
      var src = el("div", "tl-src");
      if (e.document_id) {
        var d = el("a", null, "document #" + e.document_id);
        d.href = "/documents/" + encodeURIComponent(e.document_id);
        src.appendChild(d);
        src.appendChild(document.createTextNode(" "));
      }
      if (isWeb(e.source_url)) {
        var a = el("a", "ext", new URL(e.source_url).host);
        a.href = e.source_url;
        a.rel = "noopener noreferrer";
        src.appendChild(a);
      } else if (e.source_url) {
        src.appendChild(el("span", "muted", e.source_url));
      }
      li.appendChild(src);
      list.appendChild(li);
    });
    return list;
  }

  function select(iso3, name) {
    document.querySelectorAll(".selected").forEach(function (n) {
      n.classList.remove("selected");
    });
    document.querySelectorAll('[data-iso3="' + iso3 + '"]').forEach(function (n) {
      n.classList.add("selected");
    });
    panelTitle.textContent = name + " ";
    panelTitle.appendChild(el("span", "muted small", "evidence up to " + on));
    panelBody.replaceChildren(el("p", "muted", "Loading…"));
    var url = "/api/evidence?limit=50&question=" + encodeURIComponent(key) +
      "&member=" + encodeURIComponent(iso3) + "&until=" + encodeURIComponent(on);
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body.error || r.statusText);
          return body;
        });
      })
      .then(function (body) {
        panelBody.replaceChildren(renderItems(body.items));
        panelBody.dataset.member = iso3;
      })
      .catch(function (err) {
        panelBody.replaceChildren(el("p", "notice", "Could not load the evidence: " + err.message));
      });
    var params = new URLSearchParams(window.location.search);
    params.set("on", on);
    params.set("member", iso3);
    history.replaceState(null, "", "?" + params.toString() + "#member-panel");
  }

  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest(".member-link") : null;
    if (!link || ev.metaKey || ev.ctrlKey || ev.shiftKey) return;
    var iso3 = link.getAttribute("data-iso3");
    if (!iso3) return;
    ev.preventDefault();
    var row = document.querySelector('#members tr[data-iso3="' + iso3 + '"] a');
    select(iso3, row ? row.textContent : iso3);
    var panel = document.getElementById("member-panel");
    if (panel && panel.getBoundingClientRect().top > window.innerHeight) {
      panel.scrollIntoView({ behavior: "smooth", block: "start" });
    }
  });
})();
