// Names the add buttons of the programme's lists ("Lisää toimenpide"): Wagtail's ListBlock shows
// only a ⊕ titled "Add". The text comes from the list's data-add-label (programs/blocks.py).
(function () {
  'use strict';

  function labelAddButtons() {
    document.querySelectorAll('[data-add-label]').forEach(function (list) {
      var text = list.getAttribute('data-add-label');
      list.querySelectorAll('button[data-streamfield-list-add]').forEach(function (button) {
        if (button.closest('[data-add-label]') !== list || button.dataset.addLabelled) {
          return;
        }
        button.dataset.addLabelled = 'true';
        button.removeAttribute('title');
        button.classList.add('programme-add-button');
        var span = document.createElement('span');
        span.textContent = text;
        button.appendChild(span);
      });
    });
  }

  function start() {
    var pending = false;
    labelAddButtons();
    // Lists draw new add buttons whenever an item is added, moved or deleted.
    new MutationObserver(function () {
      if (!pending) {
        pending = true;
        window.requestAnimationFrame(function () {
          pending = false;
          labelAddButtons();
        });
      }
    }).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
