// What every page shares: the API over HTTP and over its WebSocket
// (graphql-transport-ws, through the vendored graphql-ws client), and a few
// helpers. Text from the chain or from users is only ever set as text.
(function () {
  'use strict';
  var live = document.getElementById('live');
  var client = null;
  var active = 0;

  // setLive shows whether updates flow: live while connected, offline
  // while a subscription waits to reconnect, up to date once none is needed.
  function setLive(on, waiting) {
    if (!live) return;
    live.hidden = false;
    live.textContent = on ? 'live' : (waiting ? 'offline' : 'up to date');
    live.classList.toggle('on', on);
  }

  function ws() {
    if (!client) {
      client = graphqlWs.createClient({
        url: (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql',
        lazy: true,
        retryAttempts: Infinity,
        shouldRetry: function () { return true; },
        on: {
          connected: function () { setLive(true); },
          closed: function () { setLive(false, active > 0); }
        }
      });
    }
    return client;
  }

  // subscribe runs a subscription; onData gets each result's data. A stream
  // that ends in an error is subscribed again after a pause, with onError
  // told first. It returns a function that stops it.
  function subscribe(query, variables, onData, handlers) {
    handlers = handlers || {};
    var stopped = false;
    var stop = null;
    function start() {
      active++;
      stop = ws().subscribe({ query: query, variables: variables || {} }, {
        next: function (r) {
          if (r.errors && r.errors.length) {
            if (handlers.error) handlers.error(r.errors[0].message);
            return;
          }
          onData(r.data);
        },
        error: function (err) {
          active--;
          var msg = err && err.message ? err.message : (Array.isArray(err) && err[0] ? err[0].message : 'the connection failed');
          if (handlers.error) handlers.error(msg);
          if (!stopped) setTimeout(start, 2000);
        },
        complete: function () {
          active--;
          if (handlers.complete) handlers.complete();
        }
      });
    }
    start();
    return function () { stopped = true; if (stop) stop(); };
  }

  // query posts an operation to /graphql; it resolves to {data, errors}.
  function query(q, variables, key) {
    var headers = { 'Content-Type': 'application/json' };
    if (key) headers.Authorization = 'Bearer ' + key;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify({ query: q, variables: variables || {} }) })
      .then(function (res) { return res.json(); })
      .catch(function (err) { return { errors: [{ message: 'the API did not answer: ' + err.message }] }; });
  }

  // el builds an element: attributes, then children (strings become text).
  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) e.setAttribute(k, attrs[k]);
    });
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
    return e;
  }

  // wei shows an amount of wei in S with at most four decimals, under
  // 0.0001 S in gwei, as the server's templates do.
  function wei(s) {
    var n;
    try { n = BigInt(s); } catch (e) { return String(s); }
    var neg = n < 0n;
    if (neg) n = -n;
    var whole = n / 1000000000000000000n;
    var frac = (n % 1000000000000000000n) / 100000000000000n;
    var out = whole.toString();
    if (frac > 0n) out += '.' + frac.toString().padStart(4, '0').replace(/0+$/, '');
    else if (whole === 0n && n > 0n) return (neg ? '-' : '') + (n / 1000000000n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',') + ' gwei';
    return (neg ? '-' : '') + out + ' S';
  }

  function short(a) { return a && a.length >= 12 ? a.slice(0, 6) + '…' + a.slice(-4) : a; }

  function clip(s, n) {
    var r = Array.from(s || '');
    return r.length > n ? r.slice(0, n - 1).join('') + '…' : s;
  }

  function setBar(bar, percent) {
    if (!bar) return;
    percent = Math.max(0, Math.min(100, percent | 0));
    bar.setAttribute('aria-valuenow', String(percent));
    var i = bar.querySelector('i');
    if (i) i.style.width = percent + '%';
  }

  window.inft = { subscribe: subscribe, query: query, el: el, wei: wei, short: short, clip: clip, setBar: setBar,
    subscriptions: function () { return active; } };
})();
