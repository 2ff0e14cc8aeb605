// The gallery takes each image as it is minted, without a reload.
(function () {
  'use strict';
  var gallery = document.getElementById('gallery');
  var empty = document.getElementById('gallery-empty');
  var max = 48;
  inft.subscribe('subscription Gallery { generationUpdates { requestId status kind prompt token { id imageURL } } }', {}, function (d) {
    var g = d.generationUpdates;
    if (!g || g.status !== 'FULFILLED' || g.kind !== 'IMAGE' || !g.token || !g.token.imageURL) return;
    if (gallery.querySelector('[data-token="' + CSS.escape(g.token.id) + '"]')) return;
    var card = inft.el('a', { 'class': 'card fresh', href: '/generations/' + encodeURIComponent(g.requestId), 'data-token': g.token.id },
      inft.el('img', { src: g.token.imageURL, alt: inft.clip(g.prompt, 80), width: 160, height: 160 }),
      inft.el('span', {}, inft.clip(g.prompt, 60)));
    gallery.prepend(card);
    if (empty) empty.hidden = true;
    while (gallery.children.length > max) gallery.lastElementChild.remove();
  });
})();
