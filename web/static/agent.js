// An agent's credits, level and counts follow the chain.
(function () {
  'use strict';
  var id = document.body.dataset.agentId;
  if (!id) return;
  function set(elID, v) { var e = document.getElementById(elID); if (e) e.textContent = String(v); }
  inft.subscribe('subscription Agent($id: ID!) { agentUpdates(agentId: $id) { credits level profile { level xp levelProgress } stats { fulfilled pending } } }',
    { id: id }, function (d) {
      var a = d.agentUpdates;
      set('credits', a.credits);
      set('level', a.profile.level);
      set('xp', a.profile.xp);
      set('fulfilled', a.stats.fulfilled);
      set('pending', a.stats.pending);
      var bar = document.getElementById('level-bar');
      if (bar) inft.setBar(bar.parentElement, Math.round(a.profile.levelProgress * 100));
    });
})();
