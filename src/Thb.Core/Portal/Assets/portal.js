// ThbFunctions portal: upload with progress, wait for the verdict, announce it (role=status, aria-live) and refresh
// the page's "Where you stand" and uploads sections from the server's own HTML (one renderer, no templates here). Its
// words are the page's own, in the page's language: the form's data-text-* attributes, and each upload's data-summary.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) return;
  var input = document.getElementById("file");
  var button = document.getElementById("upload-button");
  var progressRow = document.getElementById("progress-row");
  var progress = document.getElementById("upload-progress");
  var status = document.getElementById("status");
  var uploadsUrl = form.getAttribute("data-uploads-url");
  var pageUrl = form.getAttribute("data-page-url");

  function announce(text, tone) {
    status.className = "status" + (tone ? " " + tone : "");
    status.textContent = text;
  }

  // A sentence of the page's language, its {0} filled.
  function text(name, value) { return (form.getAttribute("data-text-" + name) || "").replace("{0}", value === undefined ? "" : value); }

  // What the freshly rendered uploads list says of this upload's verdict.
  function summaryOf(blobName) {
    var items = document.querySelectorAll("#uploads li.upload");
    for (var i = 0; i < items.length; i++)
      if (items[i].getAttribute("data-blob") === blobName) return items[i].getAttribute("data-summary");
    return null;
  }

  function getJson(url) {
    return fetch(url, { headers: { "Accept": "application/json" }, cache: "no-store", credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  var refreshes = 0;

  // Replaces the standing and uploads sections with the server's fresh rendering of this page (the latest request wins).
  function refreshSections() {
    var mine = ++refreshes;
    return fetch(pageUrl, { cache: "no-store", credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.text();
    }).then(function (html) {
      if (mine !== refreshes) return;
      var fresh = new DOMParser().parseFromString(html, "text/html");
      ["standing", "uploads"].forEach(function (id) {
        var now = document.getElementById(id), next = fresh.getElementById(id);
        if (now && next) now.replaceWith(document.importNode(next, true));
      });
    });
  }

  function finish(upload) {
    var tone = upload.status === "accepted" ? "ok" : upload.status === "rejected" ? "bad" : "warn";
    refreshSections().catch(function () { /* the verdict is announced either way */ }).then(function () {
      announce(summaryOf(upload.blobName) || upload.fileName, tone);
      progressRow.hidden = true;
      button.disabled = false;
      input.value = "";
    });
  }

  function waitForVerdict(blobName, attempt) {
    function again(delay) {
      if (attempt >= 120) {
        announce(text("slow"), "warn");
        button.disabled = false;
        return;
      }
      setTimeout(function () { waitForVerdict(blobName, attempt + 1); }, delay);
    }
    getJson(uploadsUrl).then(function (uploads) {
      var mine = uploads.filter(function (u) { return u.blobName === blobName; })[0];
      // Waiting in the queue, being checked, or retried after a failed check: no verdict yet.
      if (mine && ["pending", "waiting", "retrying"].indexOf(mine.status) < 0) finish(mine);
      else again(1000);
    }).catch(function () { again(2000); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files || !input.files.length) { announce(text("choose-file"), "bad"); input.focus(); return; }
    var file = input.files[0];
    var data = new FormData();
    data.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) progress.value = Math.round(e.loaded * 100 / e.total);
    });
    xhr.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText || "{}"); } catch (e) { body = {}; }
      if (xhr.status >= 200 && xhr.status < 300) {
        progress.value = 100;
        announce(text("checking", file.name));
        refreshSections().catch(function () { });
        waitForVerdict(body.blobName, 0);
        return;
      }
      button.disabled = false;
      if (xhr.status === 403) announce(text("expired"), "bad");
      else announce(body.message || text("failed", xhr.status), "bad");
    });
    xhr.addEventListener("error", function () { button.disabled = false; announce(text("offline"), "bad"); });
    button.disabled = true;
    progress.value = 0;
    progressRow.hidden = false;
    announce(text("uploading", file.name));
    xhr.send(data);
  });
})();
