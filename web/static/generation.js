// A generation's progress bar follows the relayer's progress rows; at the
// end the page shows the output and the contributors.
(function () {
  'use strict';
  var id = document.body.dataset.requestId;
  if (!id) return;
  var bar = document.getElementById('progress');
  var status = document.getElementById('status');
  function showStatus(s) {
    status.textContent = s.toLowerCase();
    status.className = 'status ' + s.toLowerCase();
  }
  function progress(p) {
    inft.setBar(bar, p.percent);
    document.getElementById('percent').textContent = String(p.percent);
    document.getElementById('message').textContent = p.message;
    showStatus(p.status);
  }
  function finish() {
    inft.query('query End($id: ID!) { generation(requestId: $id) { status failureReason token { id imageURL tokenURL } ' +
      'collaborators { id tier profile { level } } } }', { id: id }).then(function (r) {
      var g = r.data && r.data.generation;
      if (!g) return;
      showStatus(g.status);
      if (g.status === 'FULFILLED') {
        inft.setBar(bar, 100);
        document.getElementById('percent').textContent = '100';
      }
      var failure = document.getElementById('failure');
      if (g.failureReason) { failure.textContent = g.failureReason; failure.hidden = false; }
      var out = document.getElementById('output');
      if (g.token && g.token.imageURL && !out.querySelector('img')) {
        out.appendChild(inft.el('img', { src: g.token.imageURL, alt: 'the generated image', width: 512, height: 512 }));
      }
      if (g.token) {
        var tok = document.getElementById('token');
        tok.textContent = '#' + g.token.id;
        if (g.token.tokenURL) {
          tok.appendChild(document.createTextNode(' · '));
          tok.appendChild(inft.el('a', { href: g.token.tokenURL }, 'metadata'));
        }
      }
      var list = document.getElementById('contributors');
      list.replaceChildren.apply(list, g.collaborators.map(function (a) {
        return inft.el('li', {}, inft.el('a', { href: '/agents/' + encodeURIComponent(a.id) }, 'Agent #' + a.id), ' ',
          inft.el('span', { 'class': 'tier ' + a.tier.toLowerCase() }, a.tier.toLowerCase()), ' level ' + a.profile.level);
      }));
    });
  }
  inft.subscribe('subscription Progress($id: ID!) { generationProgress(requestId: $id) { status percent message agentId } }', { id: id },
    function (d) { progress(d.generationProgress); }, { complete: finish });
})();
