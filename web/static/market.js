// The marketplace as it happens: each listing event in the feed, and the
// listings for sale kept current.
(function () {
  'use strict';
  var feed = document.getElementById('feed');
  var rows = document.getElementById('listings');
  var empty = document.getElementById('listings-empty');
  var words = { LISTED: 'listed', PRICE_UPDATED: 'repriced', CANCELLED: 'cancelled', SOLD: 'sold', STALE: 'no longer buyable', REACTIVATED: 'buyable again' };
  function tokenLink(l) {
    return l.collection === 'AGENTS' ? inft.el('a', { href: '/agents/' + encodeURIComponent(l.tokenId) }, 'agent #' + l.tokenId) : 'token #' + l.tokenId;
  }
  function row(l) {
    return inft.el('tr', { 'data-listing': l.id, 'data-collection': l.collection, 'data-price': l.price }, inft.el('td', {}, '#' + l.id), inft.el('td', {}, tokenLink(l)),
      inft.el('td', { 'data-field': 'price' }, inft.wei(l.price)), inft.el('td', { 'class': 'mono' }, inft.short(l.seller)));
  }
  // The floors: the table holds each collection's cheapest listings.
  function floors() {
    ['AGENTS', 'GENERATED'].forEach(function (col) {
      var low = null;
      rows.querySelectorAll('tr[data-collection="' + col + '"]').forEach(function (tr) {
        var p = BigInt(tr.dataset.price);
        if (low === null || p < low) low = p;
      });
      document.getElementById('floor-' + col).textContent = low === null ? '–' : inft.wei(low.toString());
    });
  }
  // reread takes the listings for sale from the API again, as the server
  // rendered them: after the feed says events were lost.
  function reread() {
    var fields = '{ edges { node { id collection tokenId seller price } } }';
    inft.query('query ForSale { agents: listings(collection: AGENTS, first: 50, orderBy: PRICE_ASC) ' + fields +
      ' generated: listings(collection: GENERATED, first: 50, orderBy: PRICE_ASC) ' + fields + ' }').then(function (r) {
      if (!r.data) return;
      var all = r.data.agents.edges.concat(r.data.generated.edges);
      rows.replaceChildren.apply(rows, all.map(function (e) { return row(e.node); }));
      empty.hidden = rows.children.length > 0;
      floors();
    });
  }
  inft.subscribe('subscription Market { listingEvents { type listing { id collection tokenId seller price active buyer } } }', {}, function (d) {
    var ev = d.listingEvents, l = ev.listing;
    var gone = document.getElementById('feed-empty');
    if (gone) gone.remove();
    feed.prepend(inft.el('li', { 'class': 'event ' + ev.type.toLowerCase() }, inft.el('b', {}, words[ev.type] || ev.type), ' ', tokenLink(l),
      ' for ' + inft.wei(l.price), ev.type === 'SOLD' && l.buyer ? ' to ' + inft.short(l.buyer) : ''));
    while (feed.children.length > 50) feed.lastElementChild.remove();
    var existing = rows.querySelector('[data-listing="' + CSS.escape(l.id) + '"]');
    if (l.active) {
      if (existing) existing.replaceWith(row(l)); else rows.prepend(row(l));
    } else if (existing) {
      existing.remove();
    }
    empty.hidden = rows.children.length > 0;
    if (ev.type === 'SOLD') {
      var sales = document.getElementById('sales'), volume = document.getElementById('volume');
      sales.dataset.count = String(Number(sales.dataset.count) + 1);
      sales.textContent = sales.dataset.count;
      volume.dataset.wei = (BigInt(volume.dataset.wei) + BigInt(l.price)).toString();
      volume.textContent = inft.wei(volume.dataset.wei);
    }
    floors();
  }, {
    error: function (msg) {
      feed.prepend(inft.el('li', { 'class': 'event error' }, 'The feed was interrupted (' + msg + '); reconnecting, and reading what is for sale again.'));
      reread();
    }
  });
})();
