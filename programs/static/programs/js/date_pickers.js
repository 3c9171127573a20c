// Wagtail's date pickers open 100 ms after their field gets focus, even when the focus has moved
// on by then (a quick Tab or click, or a slow computer). Such a picker stays open over the next
// control, where a click meant for that control picks a date instead. Once a field has lost its
// focus and its pending opening has run, its picker is closed.
(() => {
  const OPENING_DELAY_MS = 100; // jquery.datetimepicker's own, for focusin and mousedown

  document.addEventListener("focusout", (event) => {
    const field = event.target;
    if (!(field instanceof HTMLInputElement) || !window.jQuery) return;
    window.setTimeout(() => {
      const picker = window.jQuery(field).data("xdsoft_datetimepicker");
      if (picker && document.activeElement !== field) {
        window.jQuery(field).datetimepicker("hide");
      }
    }, OPENING_DELAY_MS * 1.5);
  });
})();
