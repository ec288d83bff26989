// The admins' page: signs in with the admin key (an HttpOnly cookie, never stored by this script), then
// shows the insights (/admin/insights) and the content's status (/admin/content). No inline script (CSP).
(function () {
  'use strict';
  var charts = {};
  var byId = function (id) { return document.getElementById(id); };

  function show(signedIn) {
    byId('sign-in').hidden = signedIn;
    byId('dashboard').hidden = !signedIn;
    byId('sign-out').hidden = !signedIn;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (response.status === 401 || response.status === 403) { show(false); byId('key').focus(); return null; }
      if (!response.ok) throw new Error('The bot answered ' + response.status);
      return response.json();
    });
  }

  function sum(counts, kind, by) {
    var totals = {};
    counts.filter(function (c) { return c.kind === kind; }).forEach(function (c) {
      var key = by(c) || '(none)';
      totals[key] = (totals[key] || 0) + c.total;
    });
    return Object.keys(totals).map(function (k) { return [k, totals[k]]; }).sort(function (a, b) { return b[1] - a[1]; });
  }

  function fillTable(id, rows) {
    var body = byId(id).tBodies[0];
    body.textContent = '';
    rows.forEach(function (row) {
      var tr = body.insertRow();
      row.forEach(function (cell) { tr.insertCell().textContent = String(cell); });
    });
    if (rows.length === 0) body.insertRow().insertCell().textContent = 'Nothing counted yet.';
  }

  function drawChart(id, rows, label) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(byId(id), {
      type: 'bar',
      data: { labels: rows.map(function (r) { return r[0]; }), datasets: [{ label: label, data: rows.map(function (r) { return r[1]; }), backgroundColor: '#0b4f8a' }] },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } } }
    });
  }

  function copyAsExample(question) {
    var line = '  - ' + question;
    var done = function () { byId('copy-status').textContent = 'Copied: ' + line; };
    if (navigator.clipboard) navigator.clipboard.writeText(line).then(done, function () { byId('copy-status').textContent = 'Copy this line: ' + line; });
    else byId('copy-status').textContent = 'Copy this line: ' + line;
  }

  function fillUnanswered(questions) {
    var body = byId('unanswered-table').tBodies[0];
    body.textContent = '';
    questions.forEach(function (q) {
      var tr = body.insertRow();
      tr.insertCell().textContent = q.question;
      tr.insertCell().textContent = q.language;
      tr.insertCell().textContent = String(q.count);
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Copy as example question';
      button.addEventListener('click', function () { copyAsExample(q.question); });
      tr.insertCell().appendChild(button);
    });
    if (questions.length === 0) body.insertRow().insertCell().textContent = 'None asked in three or more conversations.';
  }

  function load() {
    var days = byId('days').value;
    return Promise.all([getJson('/admin/insights?days=' + days), getJson('/admin/content')]).then(function (results) {
      var insights = results[0], content = results[1];
      if (!insights || !content) return;
      show(true);
      byId('period').textContent = 'From ' + insights.from + ' to ' + insights.to + ' (UTC).';
      var counts = insights.counts;
      var topics = sum(counts, 'answer', function (c) { return c.detail; });
      var tiers = sum(counts, 'safety', function (c) { return c.detail; });
      drawChart('topics-chart', topics, 'Answered');
      drawChart('safety-chart', tiers, 'Messages');
      fillTable('topics-table', topics);
      fillTable('safety-table', tiers);
      var totals = byId('totals');
      totals.textContent = '';
      [['Questions answered', 'answer'], ['"Did you mean" offered', 'did-you-mean'], ['"Did you mean" chosen', 'did-you-mean-chosen'], ['No answer', 'fallback']].forEach(function (t) {
        var dt = document.createElement('dt'); dt.textContent = t[0];
        var dd = document.createElement('dd'); dd.textContent = String(sum(counts, t[1], function () { return 'all'; }).reduce(function (a, r) { return a + r[1]; }, 0));
        totals.appendChild(dt); totals.appendChild(dd);
      });
      fillUnanswered(insights.unanswered);
      byId('content-status').textContent = 'Version ' + content.version + ', loaded ' + content.loadedAt + '. Last reload: ' +
        (content.lastReloadFailed ? 'failed, the content served is unchanged.' : 'published.') + (content.fallback ? ' Serving the ' + content.fallback + ' content.' : '');
      var errors = byId('content-errors');
      errors.textContent = '';
      (content.lastReloadErrors || []).forEach(function (e) { var li = document.createElement('li'); li.textContent = e; errors.appendChild(li); });
    }).catch(function (e) { byId('content-status').textContent = 'Could not load the insights: ' + e.message; });
  }

  byId('sign-in-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var error = byId('sign-in-error');
    error.textContent = '';
    fetch('/admin/session', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ key: byId('key').value }) })
      .then(function (response) {
        byId('key').value = '';
        if (response.ok) return load();
        error.textContent = response.status === 429 ? 'Too many tries. Wait a minute and try again.' : 'That key is not right.';
      });
  });
  byId('sign-out').addEventListener('click', function () {
    fetch('/admin/session', { method: 'DELETE', credentials: 'same-origin' }).then(function () { show(false); });
  });
  byId('days').addEventListener('change', load);
  // Signed in already (the cookie lasts a working day)? Then straight to the counts; if not, the ways this bot offers.
  fetch('/admin/session', { credentials: 'same-origin' }).then(function (response) {
    if (response.ok) return load();
    return response.json().then(function (ways) {
      show(false);
      byId('sign-in-microsoft').hidden = !ways.microsoft;
      byId('sign-in-form').hidden = byId('key-help').hidden = !ways.key;
      if (new URLSearchParams(location.search).get('signin') === 'refused')
        byId('sign-in-error').textContent = 'That Microsoft account is not in the admins\' group, or the sign-in did not finish.';
      if (ways.key) byId('key').focus();
    });
  });
})();
