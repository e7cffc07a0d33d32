// A small signature pad: draws on a <canvas> with pointer events (mouse, pen, touch) and writes a PNG data URL
// into the hidden input named by data-signature-for. Nothing is drawn: the input stays empty.
(function () {
  'use strict';

  function setUp(input) {
    var canvas = document.getElementById(input.getAttribute('data-signature-for'));
    if (!canvas || !canvas.getContext) {
      return;
    }
    var context = canvas.getContext('2d');
    var drawing = false;
    var drawn = false;
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.strokeStyle = '#000';

    function point(event) {
      var box = canvas.getBoundingClientRect();
      return {
        x: (event.clientX - box.left) * (canvas.width / box.width),
        y: (event.clientY - box.top) * (canvas.height / box.height)
      };
    }

    canvas.addEventListener('pointerdown', function (event) {
      event.preventDefault();
      drawing = true;
      canvas.setPointerCapture(event.pointerId);
      var p = point(event);
      context.beginPath();
      context.moveTo(p.x, p.y);
    });
    canvas.addEventListener('pointermove', function (event) {
      if (!drawing) {
        return;
      }
      var p = point(event);
      context.lineTo(p.x, p.y);
      context.stroke();
      drawn = true;
    });
    function stop() {
      if (drawing && drawn) {
        input.value = canvas.toDataURL('image/png');
      }
      drawing = false;
    }
    canvas.addEventListener('pointerup', stop);
    canvas.addEventListener('pointercancel', stop);

    var clear = document.getElementById('signature-clear');
    if (clear) {
      clear.addEventListener('click', function () {
        context.clearRect(0, 0, canvas.width, canvas.height);
        drawn = false;
        input.value = '';
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[data-signature-for]').forEach(setUp);
  });
}());
