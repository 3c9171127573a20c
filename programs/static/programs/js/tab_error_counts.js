// Counts the errors of StreamField blocks on the editor's tabs. Wagtail's w-count controller counts
// once, when the tab bar appears, before the blocks (drawn by JavaScript) show their errors.
(function () {
  'use strict';

  function recount() {
    var app = window.wagtail && window.wagtail.app;
    if (!app) {
      return;
    }
    document.querySelectorAll('[data-controller~="w-count"]').forEach(function (element) {
      var counter = app.getControllerForElementAndIdentifier(element, 'w-count');
      if (counter) {
        counter.count();
      }
    });
  }

  window.addEventListener('load', function () {
    window.requestAnimationFrame(recount);
  });
})();
