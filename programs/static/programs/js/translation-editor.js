// wagtail-localize's translation editor writes its section heading in English, outside gettext
// ("Suomi to Svenska translation"); replace it with the heading the server wrote in the admin's
// language. Runs after the document is parsed: this script may be loaded in the head.
document.addEventListener('DOMContentLoaded', () => {
  const holder = document.querySelector('[data-translation-section-title]');
  if (!holder) return;
  const title = holder.dataset.translationSectionTitle;
  const english = / to .+ translation$/;
  const relabel = () => {
    document.querySelectorAll('.js-translation-editor h3').forEach((heading) => {
      if (english.test(heading.textContent)) heading.textContent = title;
    });
  };
  new MutationObserver(relabel).observe(document.body, { childList: true, subtree: true });
  relabel();
});
