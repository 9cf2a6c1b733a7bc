// ThbFunctions portal: upload with progress, wait for the verdict, announce it (role=status, aria-live) and refresh
// the page's "Where you stand" and uploads sections from the server's own HTML (one renderer, no templates here).
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

  function count(n, word) { return n === 0 ? "no " + word + "s" : n === 1 ? "1 " + word : n + " " + word + "s"; }

  function verdictText(s) { return s === "accepted-with-warnings" ? "accepted with warnings" : s.replace(/-/g, " "); }

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
    var summary = upload.status === "failed"
      ? upload.fileName + " could not be checked. The file is kept, and we are looking into it."
      : upload.fileName + " was " + verdictText(upload.status) + ": " + count(upload.rows, "row") + ", " +
        count(upload.errors, "error") + ", " + count(upload.warnings, "warning") + ".";
    var tone = upload.status === "accepted" ? "ok" : upload.status === "rejected" ? "bad" : "warn";
    if (upload.status === "rejected") summary += " The findings are listed below; correct them and upload again.";
    else if (upload.warnings > 0) summary += " The warnings are listed below; fixing them is up to you.";
    refreshSections().catch(function () { /* the verdict is announced either way */ }).then(function () {
      announce(summary, tone);
      progressRow.hidden = true;
      button.disabled = false;
      input.value = "";
    });
  }

  function waitForVerdict(blobName, attempt) {
    function again(delay) {
      if (attempt >= 120) {
        announce("Your file was received; its check is taking longer than usual. Reload this page in a few minutes to see the verdict.", "warn");
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
    if (!input.files || !input.files.length) { announce("Choose your filled return (.xlsx) first.", "bad"); input.focus(); return; }
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
        announce("Uploaded " + file.name + ". Checking it now…");
        refreshSections().catch(function () { });
        waitForVerdict(body.blobName, 0);
        return;
      }
      button.disabled = false;
      if (xhr.status === 403) announce("This link is no longer valid (links expire). Ask the Presidency for a new one; nothing was uploaded.", "bad");
      else announce(body.message || ("The upload failed (HTTP " + xhr.status + "). Please try again."), "bad");
    });
    xhr.addEventListener("error", function () { button.disabled = false; announce("The upload failed: check your connection and try again.", "bad"); });
    button.disabled = true;
    progress.value = 0;
    progressRow.hidden = false;
    announce("Uploading " + file.name + "…");
    xhr.send(data);
  });
})();
