// Follows a run by server-sent events and updates the run page in place; without script the page is
// simply reloaded by hand. When the run is over the page is reloaded once, for the server's list of output.
(function () {
  'use strict';
  var section = document.getElementById('koersel');
  if (!section || section.getAttribute('data-faerdig') === 'true' || !window.EventSource) {
    return;
  }
  var source = new EventSource(section.getAttribute('data-haendelser'));

  function text(id, value) {
    var element = document.getElementById(id);
    if (element) {
      element.textContent = value;
    }
  }

  function table() {
    var existing = document.getElementById('omraader');
    if (existing) {
      return existing.tBodies[0];
    }
    var t = document.createElement('table');
    t.id = 'omraader';
    t.createCaption().textContent = 'Politikområder';
    var head = t.createTHead().insertRow();
    ['Politikområde', 'Tilstand'].forEach(function (label) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = label;
      head.appendChild(th);
    });
    var waiting = document.getElementById('ingen-omraader');
    if (waiting) {
      waiting.parentNode.replaceChild(t, waiting);
    } else {
      section.appendChild(t);
    }
    return t.createTBody();
  }

  source.addEventListener('status', function (e) { text('status', e.data); });
  source.addEventListener('fase', function (e) { text('fase', e.data); });
  source.addEventListener('omraade', function (e) {
    var area = JSON.parse(e.data);
    var row = document.getElementById('omraade-' + area.nr);
    if (!row) {
      row = table().insertRow();
      row.id = 'omraade-' + area.nr;
      var th = document.createElement('th');
      th.scope = 'row';
      row.appendChild(th);
      row.insertCell();
    }
    row.cells[0].textContent = area.navn;
    row.cells[1].textContent = area.tilstand;
  });
  source.addEventListener('faerdig', function () {
    source.close();
    window.location.reload();
  });
})();
