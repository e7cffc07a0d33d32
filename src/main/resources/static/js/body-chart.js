// The body chart (assessment/chart.html). In "mark" mode a zone toggles with a click, a tap, Enter or Space, and
// the drawing form's rows follow; in "place" mode a click sets a finding's view and position. Without this script
// the forms still work: zones are chosen from lists and positions typed.
(function () {
  'use strict';

  function rowsOf(chart) {
    return document.querySelector('[data-marks-for="' + chart.id + '"]');
  }

  function rowFor(rows, code) {
    var found = null;
    rows.querySelectorAll('select[name$=".zone"], select[name="zone"]').forEach(function (select) {
      if (select.value === code) { found = select.closest('[data-mark-row]'); }
    });
    return found;
  }

  function emptyRow(rows) {
    var empty = null;
    rows.querySelectorAll('[data-mark-row]').forEach(function (row) {
      var select = row.querySelector('select');
      if (!empty && select && select.value === '') { empty = row; }
    });
    return empty;
  }

  function toggle(chart, zone) {
    var code = zone.getAttribute('data-zone');
    var rows = rowsOf(chart);
    var on = zone.getAttribute('aria-checked') !== 'true';
    if (rows) {
      var row = rowFor(rows, code);
      if (on && !row) {
        row = emptyRow(rows);
        if (!row) {
          var status = chart.querySelector('[data-chart-status]');
          if (status) { status.textContent = status.getAttribute('data-full'); }
          return;
        }
        row.querySelector('select').value = code;
        var intensity = row.querySelector('input[type="number"]');
        if (intensity && intensity.value === '') { intensity.value = '5'; }
      } else if (!on && row) {
        row.querySelectorAll('select, input').forEach(function (field) { field.value = ''; });
      }
    }
    zone.setAttribute('aria-checked', on ? 'true' : 'false');
    zone.classList.toggle('zone-marked', on);
    zone.classList.toggle('zone-none', !on);
    var rect = zone.querySelector('rect');
    if (on) { rect.setAttribute('fill', 'url(#' + chart.id + '-marked)'); } else { rect.removeAttribute('fill'); }
    var status2 = chart.querySelector('[data-chart-status]');
    if (status2) {
      status2.textContent = zone.getAttribute('data-name') + ': ' + status2.getAttribute(on ? 'data-on' : 'data-off');
    }
  }

  function place(chart, svg, event) {
    var form = document.querySelector('[data-position-for="' + chart.id + '"]');
    if (!form || !svg.getScreenCTM) { return; }
    var point = svg.createSVGPoint();
    point.x = event.clientX;
    point.y = event.clientY;
    var local = point.matrixTransform(svg.getScreenCTM().inverse());
    form.querySelector('[name="view"]').value = svg.closest('figure').getAttribute('data-view');
    form.querySelector('[name="x"]').value = Math.round(local.x);
    form.querySelector('[name="y"]').value = Math.round(local.y);
  }

  function wire(chart) {
    var mode = chart.getAttribute('data-mode');
    if (mode === 'mark') {
      chart.querySelectorAll('.zone').forEach(function (zone) {
        zone.addEventListener('click', function () { toggle(chart, zone); });
        zone.addEventListener('keydown', function (event) {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            toggle(chart, zone);
          }
        });
      });
    } else if (mode === 'place') {
      chart.querySelectorAll('svg.chart-svg').forEach(function (svg) {
        svg.addEventListener('click', function (event) { place(chart, svg, event); });
      });
    }
  }

  function wireAll(root) {
    root.querySelectorAll('.body-chart').forEach(function (chart) {
      if (!chart.hasAttribute('data-wired')) {
        chart.setAttribute('data-wired', '');
        wire(chart);
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () { wireAll(document); });
  document.addEventListener('htmx:afterSettle', function (event) { wireAll(event.target); });
}());
