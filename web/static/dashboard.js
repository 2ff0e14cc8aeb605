// The operator dashboard: operatorStats with the admin key, which the tab
// keeps in sessionStorage (gone when the tab closes) and sends only to the
// API; charts of the window hour by hour; retry and fail for failed jobs.
(function () {
  'use strict';
  var KEY = 'inft.adminKey';
  var REFRESH = 5000;
  var $ = function (id) { return document.getElementById(id); };
  var timer = null;
  var charts = {};

  var QUERY = 'query Dashboard { operatorStats(hours: 24) { since ' +
    'providers { name calls errors p50LatencyMs p95LatencyMs costUsd share quality breaker paused } ' +
    'queue { jobs { kind state priority count } oldestWaitingSeconds completedPerMinute retried } ' +
    'indexer { lagBlocks eventsPerSecond stalled stallError } ' +
    'relayer { pendingTransactions confirmed fatal lastFatalError walletAddress walletBalance gasSpent gasUsed } ' +
    'recentFailures { requestId agentId reason at } ' +
    'failedJobs { jobId requestId agentId state attempt maxAttempts error at nextAttemptAt } ' +
    'hourly { hour calls errors p95LatencyMs jobsCompleted events } } }';

  function key() { return sessionStorage.getItem(KEY); }

  function signedOut(msg) {
    clearTimeout(timer);
    sessionStorage.removeItem(KEY);
    $('board').hidden = true;
    $('signin').hidden = false;
    var e = $('key-error');
    e.textContent = msg || '';
    e.hidden = !msg;
  }

  function load() {
    clearTimeout(timer);
    var k = key();
    if (!k) { signedOut(); return; }
    inft.query(QUERY, {}, k).then(function (r) {
      var stats = r.data && r.data.operatorStats;
      if (!stats) {
        var msg = r.errors && r.errors[0] ? r.errors[0].message : 'no answer';
        if (/unauthorized|ADMIN_API_KEY/.test(msg)) { signedOut('The key was refused: ' + msg); return; }
        $('action-result').textContent = 'The stats failed: ' + msg;
        $('action-result').hidden = false;
      } else {
        $('signin').hidden = true;
        $('board').hidden = false;
        render(stats);
      }
      timer = setTimeout(load, REFRESH);
    });
  }

  function num(v, digits) { return v === null || v === undefined ? '–' : Number(v).toFixed(digits || 0); }

  function cells(tr, values) {
    values.forEach(function (v) { tr.appendChild(inft.el('td', {}, v === null || v === undefined ? '' : String(v))); });
    return tr;
  }

  function render(s) {
    var q = s.queue, ix = s.indexer, rel = s.relayer;
    $('q-oldest').textContent = q.oldestWaitingSeconds === null ? 'none' : num(q.oldestWaitingSeconds) + ' s';
    $('q-throughput').textContent = num(q.completedPerMinute, 2);
    $('q-retried').textContent = String(q.retried);
    $('ix-lag').textContent = String(ix.lagBlocks) + (ix.stalled ? ' (stalled)' : '');
    $('ix-eps').textContent = num(ix.eventsPerSecond, 1);
    $('tx-pending').textContent = String(rel.pendingTransactions);
    $('tx-gas').textContent = inft.wei(rel.gasSpent);
    $('tx-balance').textContent = rel.walletBalance === null ? '–' : inft.wei(rel.walletBalance);
    $('window').textContent = 'since ' + new Date(s.since).toLocaleString();

    $('providers').replaceChildren.apply($('providers'), s.providers.map(function (p) {
      return cells(inft.el('tr', { 'data-provider': p.name }), [p.name, p.calls, p.errors, num(p.p50LatencyMs), num(p.p95LatencyMs),
        '$' + num(p.costUsd, 4), num(p.share * 100) + ' %', num(p.quality, 2), (p.breaker || '–') + (p.paused ? ' (paused)' : '')]);
    }));
    $('jobs').replaceChildren.apply($('jobs'), q.jobs.map(function (j) {
      return cells(inft.el('tr', {}), [j.kind, j.state, j.priority, j.count]);
    }));
    $('failures').replaceChildren.apply($('failures'), s.recentFailures.map(function (f) {
      return cells(inft.el('tr', {}), [f.requestId, f.agentId, f.reason, new Date(f.at).toLocaleString()]);
    }));
    $('failed-jobs').replaceChildren.apply($('failed-jobs'), s.failedJobs.map(function (j) {
      var tr = cells(inft.el('tr', { 'data-request': j.requestId }), [j.requestId, j.agentId, j.state, j.attempt + ' of ' + j.maxAttempts, j.error]);
      var reason = inft.el('input', { type: 'text', placeholder: 'reason', 'aria-label': 'why fail request ' + j.requestId, 'class': 'reason' });
      var retry = inft.el('button', { type: 'button', 'class': 'retry' }, 'Retry');
      var fail = inft.el('button', { type: 'button', 'class': 'fail' }, 'Fail');
      retry.addEventListener('click', function () { act('mutation Retry($id: ID!) { retryJob(requestId: $id) }', { id: j.requestId }, 'Request ' + j.requestId + ' queued again.'); });
      fail.addEventListener('click', function () {
        if (!reason.value.trim()) { reason.focus(); reason.setAttribute('aria-invalid', 'true'); return; }
        act('mutation Fail($id: ID!, $reason: String!) { failJob(requestId: $id, reason: $reason) }', { id: j.requestId, reason: reason.value.trim() },
          'Request ' + j.requestId + ' is being failed on chain (refunded).');
      });
      tr.appendChild(inft.el('td', { 'class': 'actions' }, retry, reason, fail));
      return tr;
    }));
    chart('chart-calls', 'Provider calls per hour', s.hourly, [
      { label: 'calls', stroke: '#3b6fd8', value: function (h) { return h.calls; } },
      { label: 'errors', stroke: '#d43c3c', value: function (h) { return h.errors; } },
      { label: 'jobs done', stroke: '#2e9e5b', value: function (h) { return h.jobsCompleted; } }]);
    chart('chart-latency', 'p95 latency (ms) per hour', s.hourly, [
      { label: 'p95 ms', stroke: '#8a4fd8', value: function (h) { return h.p95LatencyMs; } }]);
  }

  function chart(id, title, hourly, series) {
    var target = $(id);
    var data = [hourly.map(function (h) { return Date.parse(h.hour) / 1000; })];
    series.forEach(function (s) { data.push(hourly.map(s.value)); });
    var width = Math.max(target.clientWidth, 260);
    if (charts[id] && charts[id].width === width) { charts[id].plot.setData(data); return; }
    if (charts[id]) charts[id].plot.destroy();
    var opts = { title: title, width: width, height: 200, scales: { x: { time: true } },
      series: [{}].concat(series.map(function (s) { return { label: s.label, stroke: s.stroke, width: 2 }; })) };
    charts[id] = { width: width, plot: new uPlot(opts, data, target) };
  }

  function act(mutation, vars, done) {
    var result = $('action-result');
    inft.query(mutation, vars, key()).then(function (r) {
      if (r.errors && r.errors.length) result.textContent = 'Refused: ' + r.errors[0].message;
      else result.textContent = done;
      result.hidden = false;
      load();
    });
  }

  $('key-form').addEventListener('submit', function (ev) {
    ev.preventDefault();
    sessionStorage.setItem(KEY, $('key').value);
    $('key').value = '';
    load();
  });
  $('signout').addEventListener('click', function () { signedOut(); });
  window.addEventListener('resize', function () { if (key()) load(); });
  load();
})();
