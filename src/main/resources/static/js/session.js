// The session editor saves every change (htmx posts the whole form; the answer refreshes the version, the dose
// totals and the messages next to the fields). Three things htmx does not do by itself:
// - show the answer of a refused save (400) or a conflict (409): those carry the messages;
// - let a button that posts the whole page (add or remove a site, sign) wait until a save in flight is answered,
//   so it carries the new version;
// - keep trying when the connection drops: what was typed stays on the page and is saved when it is back;
// - leave alone the choice of the next site: the add button posts it with the whole page, and an autosave of the
//   same change racing that post would make one of them a conflict.
(function () {
  var form = document.querySelector('form[data-autosave]');
  if (!form) {
    return;
  }
  var inFlight = 0;
  var retry = null;
  var status = function (text) {
    var el = document.getElementById('save-status');
    if (el) {
      el.textContent = text;
      el.className = 'save-status mb-2 text-danger-emphasis';
    }
  };
  document.addEventListener('htmx:beforeSwap', function (event) {
    var code = event.detail.xhr.status;
    if (code === 400 || code === 409) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
  form.addEventListener('htmx:beforeRequest', function () { inFlight++; });
  form.addEventListener('htmx:afterRequest', function () { inFlight = Math.max(0, inFlight - 1); });
  form.addEventListener('htmx:sendError', function () {
    status(form.getAttribute('data-offline') || 'Connection lost: your changes are kept on this page and will be saved when it is back.');
    if (!retry) {
      retry = setInterval(function () {
        if (inFlight === 0) {
          htmx.trigger(form, 'change');
        }
      }, 5000);
    }
  });
  form.addEventListener('htmx:afterOnLoad', function () {
    if (retry) {
      clearInterval(retry);
      retry = null;
    }
  });
  document.querySelectorAll('[data-no-autosave]').forEach(function (field) {
    field.addEventListener('change', function (event) { event.stopPropagation(); });
  });
  document.querySelectorAll('[data-full-save]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (inFlight > 0) {
        event.preventDefault();
        var wait = setInterval(function () {
          if (inFlight === 0) {
            clearInterval(wait);
            form.requestSubmit(button);
          }
        }, 50);
      }
    });
  });
})();
