// nlscope diff --report: the text box and the kind check boxes filter the rows (a row's lines under it go with it)
(function () {
  var filter = document.getElementById('nl-diff-filter'), count = document.getElementById('nl-diff-count');
  var boxes = document.querySelectorAll('input.diff-kind'), rows = document.querySelectorAll('#nl-diff-table tbody tr');
  function apply() {
    var q = filter.value.trim().toLowerCase(), kinds = {}, shown = 0, all = 0, main = null, text = '', members = [];
    boxes.forEach(function (b) { kinds[b.value] = b.checked; });
    function decide() {
      if (!main) return;
      var show = kinds[main.dataset.kind] !== false && (q === '' || text.toLowerCase().indexOf(q) >= 0);
      members.forEach(function (r) { r.hidden = !show; });
      all++;
      if (show) shown++;
    }
    function cells(r) { return Array.prototype.map.call(r.cells, function (c) { return c.textContent; }).join(' '); }
    rows.forEach(function (r) {
      if (r.dataset.kind) { decide(); main = r; text = cells(r); members = [r]; }
      else { text += ' ' + cells(r); members.push(r); }
    });
    decide();
    count.textContent = shown + ' of ' + all + ' rows';
  }
  filter.addEventListener('input', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  apply();
  document.body.dataset.ready = '1';   // for the browser tests, as the session report says it
})();
