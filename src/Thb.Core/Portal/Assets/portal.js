// ThbFunctions portal: upload with progress, then wait for the verdict and announce it (aria-live region).
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) return;
  var input = document.getElementById("file");
  var button = document.getElementById("upload-button");
  var progress = document.getElementById("upload-progress");
  var status = document.getElementById("status");
  var list = document.getElementById("uploads");
  var uploadsUrl = form.getAttribute("data-uploads-url");

  function announce(text) { status.textContent = text; }

  function escapeHtml(s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function verdictText(u) {
    if (u.status === "pending") return "being checked";
    return u.status.replace(/-/g, " ");
  }

  function render(uploads) {
    if (!uploads.length) { list.innerHTML = '<p class="hint">No uploads yet.</p>'; return; }
    var rows = uploads.map(function (u) {
      var findings = (u.findings || []).map(function (f) {
        return '<li><span class="sev-' + escapeHtml(f.severity) + '">' + escapeHtml(f.severity) + '</span> ' +
          (f.where ? '<strong>' + escapeHtml(f.where) + '</strong>: ' : '') + escapeHtml(f.message) + '</li>';
      }).join("");
      var details = findings ? '<details><summary>' + u.findings.length + ' finding(s)</summary><ul class="findings">' + findings + '</ul></details>' : '';
      var feedback = u.feedbackUrl ? '<a href="' + escapeHtml(u.feedbackUrl) + '">Download the marked-up workbook</a>' : '';
      return '<tr><td data-label="File">' + escapeHtml(u.fileName) + (u.current ? ' <strong>(current)</strong>' : '') + '</td>' +
        '<td data-label="Uploaded">' + escapeHtml(u.uploadedAt) + '</td>' +
        '<td data-label="Verdict"><span class="verdict ' + escapeHtml(u.status) + '">' + escapeHtml(verdictText(u)) + '</span>' +
        (u.status !== "pending" ? '<div class="hint">' + u.rows + ' row(s), ' + u.errors + ' error(s), ' + u.warnings + ' warning(s)</div>' : '') + details + '</td>' +
        '<td data-label="Feedback">' + feedback + '</td></tr>';
    }).join("");
    list.innerHTML = '<table><thead><tr><th scope="col">File</th><th scope="col">Uploaded (UTC)</th><th scope="col">Verdict</th><th scope="col">Feedback</th></tr></thead><tbody>' + rows + '</tbody></table>';
  }

  function fetchUploads() {
    return fetch(uploadsUrl, { headers: { "Accept": "application/json" }, cache: "no-store" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
  }

  function waitForVerdict(blobName, attempt) {
    fetchUploads().then(function (uploads) {
      render(uploads);
      var mine = uploads.filter(function (u) { return u.blobName === blobName; })[0];
      if (mine && mine.status !== "pending") {
        var summary = "Your return " + mine.fileName + " was " + verdictText(mine) + ": " + mine.rows + " row(s), " +
          mine.errors + " error(s), " + mine.warnings + " warning(s).";
        if (mine.status === "rejected") summary += " See the findings below and the marked-up workbook, correct them and upload again.";
        announce(summary);
        button.disabled = false;
        return;
      }
      if (attempt > 120) { announce("Your file was received; its check is taking longer than usual. This page will show the verdict when you reload it."); button.disabled = false; return; }
      setTimeout(function () { waitForVerdict(blobName, attempt + 1); }, 1000);
    }).catch(function () { setTimeout(function () { waitForVerdict(blobName, attempt + 1); }, 2000); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!input.files || !input.files.length) { announce("Choose your filled return (.xlsx) first."); input.focus(); return; }
    var file = input.files[0];
    var data = new FormData();
    data.append("file", file, file.name);
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("action"));
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) { progress.value = Math.round(e.loaded * 100 / e.total); }
    });
    xhr.addEventListener("load", function () {
      var body = {};
      try { body = JSON.parse(xhr.responseText || "{}"); } catch (e) { body = {}; }
      if (xhr.status >= 200 && xhr.status < 300) {
        progress.value = 100;
        announce("Uploaded " + file.name + ". Checking it now…");
        waitForVerdict(body.blobName, 0);
      } else {
        button.disabled = false;
        announce(body.message || ("The upload failed (HTTP " + xhr.status + ")."));
      }
    });
    xhr.addEventListener("error", function () { button.disabled = false; announce("The upload failed: check your connection and try again."); });
    button.disabled = true;
    progress.value = 0;
    announce("Uploading " + file.name + "…");
    xhr.send(data);
  });
})();
