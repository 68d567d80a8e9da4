/* Recourse: small progressive enhancements. Every page works without this file. */
(function () {
  "use strict";

  function quickExit(event) {
    if (event) { event.preventDefault(); }
    var target = document.getElementById("quick-exit").href;
    document.title = "";
    document.body.innerHTML = "";
    window.location.replace(target); // replaces this page in history
  }

  function setupQuickExit() {
    var link = document.getElementById("quick-exit");
    if (!link) { return; }
    link.addEventListener("click", quickExit);
  }

  function focusErrors() {
    var summary = document.getElementById("error-summary");
    if (summary) { summary.focus(); }
  }

  function setupCopyButtons() {
    var buttons = document.querySelectorAll("button.copy[data-copy]");
    Array.prototype.forEach.call(buttons, function (button) {
      if (!navigator.clipboard) { return; }
      button.hidden = false;
      button.addEventListener("click", function () {
        var area = document.getElementById(button.getAttribute("data-copy"));
        navigator.clipboard.writeText(area.value).then(function () {
          button.textContent = button.getAttribute("data-done") || "Copied";
        });
      });
    });
  }

  function setupRecognition() {
    var area = document.getElementById("id_urls");
    var out = document.getElementById("live-recognition");
    if (!area || !out || !window.fetch) { return; }
    var form = area.form;
    var timer = null;
    function render(results) {
      out.textContent = "";
      if (!results.length) { out.hidden = true; return; }
      var list = document.createElement("ul");
      results.forEach(function (row) {
        var item = document.createElement("li");
        var url = document.createElement("span");
        url.className = "url";
        url.textContent = row.url;
        item.appendChild(url);
        item.appendChild(document.createTextNode(" — " + (row.error ? row.error : (row.name || "unknown host"))));
        list.appendChild(item);
      });
      out.appendChild(list);
      out.hidden = false;
    }
    function recognise() {
      var body = new FormData();
      body.append("urls", area.value);
      body.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
      fetch(out.getAttribute("data-endpoint") || "/flow/recognise/", {method: "POST", body: body,
        credentials: "same-origin"}).then(function (r) { return r.json(); })
        .then(function (data) { render(data.results); }).catch(function () { out.hidden = true; });
    }
    area.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(recognise, 400); });
    if (area.value) { recognise(); }
  }

  function hex(buffer) {
    return Array.prototype.map.call(new Uint8Array(buffer), function (b) {
      return ("0" + b.toString(16)).slice(-2);
    }).join("");
  }

  function csvCell(value) {
    var text = String(value);
    if (/^[=+\-@]/.test(text)) { text = "'" + text; } // keep spreadsheets from running formulas
    return '"' + text.replace(/"/g, '""') + '"';
  }

  function setupEvidenceLog() {
    var input = document.getElementById("evidence-files");
    if (!input || !window.crypto || !window.crypto.subtle) { return; }
    var rows = [];
    var table = document.querySelector("#evidence-table tbody");
    var status = document.getElementById("evidence-status");
    var download = document.getElementById("evidence-download");
    document.getElementById("evidence-form").addEventListener("submit", function (e) { e.preventDefault(); });
    document.getElementById("evidence-add").addEventListener("click", function () {
      var files = Array.prototype.slice.call(input.files);
      var url = document.getElementById("evidence-url").value;
      var notes = document.getElementById("evidence-notes").value;
      files.forEach(function (file) {
        file.arrayBuffer().then(function (data) { return crypto.subtle.digest("SHA-256", data); })
          .then(function (digest) {
            var row = [new Date().toISOString(), file.name, file.size, url, "file hashed in this browser",
                       hex(digest), notes];
            rows.push(row);
            var tr = document.createElement("tr");
            [row[0], row[1], row[2], row[5], row[3], row[6]].forEach(function (value) {
              var td = document.createElement("td");
              td.textContent = value;
              tr.appendChild(td);
            });
            table.appendChild(tr);
            status.textContent = rows.length + " file(s) in the log.";
            download.disabled = false;
          });
      });
      input.value = "";
    });
    download.addEventListener("click", function () {
      var header = "time_utc,item,size_bytes,url,method,sha256,notes\r\n";
      var body = rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
      var blob = new Blob([header + body], {type: "text/csv"});
      var a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = "evidence-log.csv";
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    });
  }

  function init() {
    setupQuickExit();
    focusErrors();
    setupCopyButtons();
    setupRecognition();
    setupEvidenceLog();
  }

  /* The flow's forms are sent with fetch and the answer replaces this page in place, so the browser's
     history holds one entry for the whole flow, with no form data to resubmit: Back (or Quick exit)
     then leaves Recourse instead of stepping through the answers. Without JavaScript the forms post
     normally. */
  function filename(disposition) {
    var match = /filename="([^"]+)"/.exec(disposition || "");
    return match ? match[1] : "recourse-document";
  }

  function saveBlob(blob, name) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  function replacePage(html) {
    var parsed = new DOMParser().parseFromString(html, "text/html");
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
    window.scrollTo(0, 0);
    init();
    if (!document.getElementById("error-summary")) {
      var main = document.getElementById("main");
      if (main) { main.focus(); }
    }
  }

  function enhanceFlowForms() {
    if (!window.fetch || !window.FormData || !window.DOMParser) { return; }
    document.addEventListener("submit", function (event) {
      var form = event.target;
      if (!form.hasAttribute || !form.hasAttribute("data-flow")) { return; }
      event.preventDefault();
      var data;
      try { data = new FormData(form, event.submitter); } catch (e) {
        data = new FormData(form);
        if (event.submitter && event.submitter.name) { data.append(event.submitter.name, event.submitter.value); }
      }
      // form.action would be the button named "action", so read the attribute
      fetch(form.getAttribute("action"), {method: "POST", body: data, credentials: "same-origin"}).then(function (response) {
        var disposition = response.headers.get("Content-Disposition");
        if (disposition && disposition.indexOf("attachment") === 0) {
          return response.blob().then(function (blob) { saveBlob(blob, filename(disposition)); });
        }
        return response.text().then(replacePage);
      }).catch(function () { form.removeAttribute("data-flow"); form.submit(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    init();
    enhanceFlowForms();
  });
}());
