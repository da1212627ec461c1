// The builder works without this script. With it, the live panel follows the form as
// it changes (the server reads the form and draws the panel, without saving), and only
// the terms of the chosen form of work are shown.
(function () {
  "use strict";
  var form = document.getElementById("draft");
  var panel = document.getElementById("panel");
  if (!form || !panel || !window.fetch || !window.DOMParser) {
    return;
  }
  var url = form.getAttribute("data-assess");
  var timer = null;
  var sequence = 0;

  function refresh() {
    var mine = ++sequence;
    // Empty fields read as absent ones: send only what holds something.
    var body = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") {
        body.append(name, value);
      }
    });
    fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    })
      .then(function (response) {
        return response.ok ? response.text() : Promise.reject(response.status);
      })
      .then(function (html) {
        if (mine !== sequence) {
          return;
        }
        // The server escapes every text; parsed here, nothing runs.
        var doc = new DOMParser().parseFromString("<div>" + html + "</div>", "text/html");
        var fresh = doc.body.firstElementChild;
        panel.replaceChildren.apply(panel, Array.prototype.slice.call(fresh.childNodes));
        panel.setAttribute("data-refreshed", String(mine));
      })
      .catch(function () {});
  }

  function later(ms) {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, ms);
  }

  function showTerms() {
    var chosen = form.querySelector("input[name='terms.form_of_work']:checked");
    var value = chosen ? chosen.value : "salaried";
    var salaried = document.getElementById("f-salaried");
    var fees = document.getElementById("f-terms-assignments");
    if (salaried) { salaried.hidden = value !== "salaried"; }
    if (fees) { fees.hidden = value !== "fee_based"; }
  }

  form.addEventListener("input", function () { later(300); });
  form.addEventListener("change", function () { showTerms(); later(50); });
  showTerms();
})();
