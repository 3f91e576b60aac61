// wagtail-localize's translation editor (a React app in .js-translation-editor) writes two
// texts in English without gettext (wagtail-localize 1.14.5, wagtail-localize.js): the
// heading `${sourceLocale.displayName} to ${locale.displayName} translation` and the
// screen-reader label "More actions" of the action menu. This script puts in the Dutch
// labels its <script> tag carries, and again whenever React renders them anew.
(() => {
  const editor = document.querySelector(".js-translation-editor");
  if (!editor) return;
  const { heading, moreActions } = document.currentScript.dataset;
  const props = JSON.parse(editor.dataset.props);
  const dutch = new Map([
    [`${props.sourceLocale.displayName} to ${props.locale.displayName} translation`, heading],
    ["More actions", moreActions],
  ]);
  const relabel = () => {
    for (const element of editor.querySelectorAll("h3, .w-sr-only")) {
      const label = dutch.get(element.textContent);
      if (label) element.textContent = label;
    }
  };
  relabel();
  new MutationObserver(relabel).observe(editor, {
    childList: true,
    subtree: true,
    characterData: true,
  });
})();
