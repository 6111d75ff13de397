// Checks the layout of a rendered report and writes one line per problem into a pre element with id layout-check,
// which headless Chromium's --dump-dom then shows: text wider than its box, a page wider than the
// window, chart text outside its chart or cut by a clip path, chart text too small to read,
// overlapping chart text and chart labels cut short with an ellipsis.
window.addEventListener('load', function () {
  var problems = [];
  var MIN_FONT_PX = 10;
  var page = document.documentElement;
  function describe(element) {
    return element.tagName.toLowerCase() + ' "' + (element.textContent || '').trim().slice(0, 50) + '"';
  }
  function screenBox(box, matrix) {
    var a = new DOMPoint(box.x, box.y).matrixTransform(matrix);
    var b = new DOMPoint(box.x + box.width, box.y + box.height).matrixTransform(matrix);
    return { left: Math.min(a.x, b.x), right: Math.max(a.x, b.x), top: Math.min(a.y, b.y), bottom: Math.max(a.y, b.y) };
  }
  if (page.scrollWidth > page.clientWidth + 1) {
    problems.push('page wider than the window: ' + page.scrollWidth + ' > ' + page.clientWidth);
  }
  document.querySelectorAll('h1, h2, p, li, figcaption, footer, th, caption').forEach(function (element) {
    if (element.scrollWidth > element.clientWidth + 1) {
      problems.push('text wider than its box: ' + describe(element));
    }
  });
  document.querySelectorAll('.table').forEach(function (box) {
    var rect = box.getBoundingClientRect();
    if (rect.left < -1 || rect.right > page.clientWidth + 1) {
      problems.push('table box beyond the window: ' + box.id);
    }
  });
  document.querySelectorAll('svg').forEach(function (svg) {
    var chart = svg.getBoundingClientRect();
    var boxes = [];
    svg.querySelectorAll('text').forEach(function (text) {
      var content = (text.textContent || '').trim();
      if (content === '') {
        return;
      }
      var rect = text.getBoundingClientRect();
      if (rect.left < chart.left - 1 || rect.right > chart.right + 1 || rect.top < chart.top - 1 || rect.bottom > chart.bottom + 1) {
        problems.push('chart text outside its chart: ' + describe(text));
      }
      var clipped = text.closest('[clip-path]');
      if (clipped) {
        var clip = document.getElementById(clipped.getAttribute('clip-path').replace(/^url\(#(.*)\)$/, '$1'));
        var area = clip && clip.firstElementChild ? screenBox(clip.firstElementChild.getBBox(), clipped.getScreenCTM()) : null;
        if (area && (rect.left < area.left - 1 || rect.right > area.right + 1 || rect.top < area.top - 1 || rect.bottom > area.bottom + 1)) {
          problems.push('chart text cut by its clip path: ' + describe(text));
        }
      }
      var matrix = text.getScreenCTM();
      var size = parseFloat(getComputedStyle(text).fontSize) * Math.sqrt(matrix.a * matrix.a + matrix.b * matrix.b);
      if (size < MIN_FONT_PX) {
        problems.push('chart text smaller than ' + MIN_FONT_PX + ' px (' + size.toFixed(1) + '): ' + describe(text));
      }
      if (/(\.\.\.|\u2026)$/.test(content)) {
        problems.push('chart text cut short: ' + describe(text));
      }
      boxes.push({ text: text, rect: rect });
    });
    for (var i = 0; i < boxes.length; i++) {
      for (var j = i + 1; j < boxes.length; j++) {
        var a = boxes[i].rect;
        var b = boxes[j].rect;
        var width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        var height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 1 && height > 1) {
          problems.push('chart texts overlap: ' + describe(boxes[i].text) + ' and ' + describe(boxes[j].text));
        }
      }
    }
  });
  var out = document.createElement('pre');
  out.id = 'layout-check';
  out.setAttribute('data-page-height', String(page.scrollHeight));
  out.textContent = problems.length === 0 ? 'ok' : problems.join('\n');
  document.body.appendChild(out);
});
