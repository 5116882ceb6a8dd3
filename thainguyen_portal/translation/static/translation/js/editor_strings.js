// wagtail-localize 1.14's translation editor writes two interface strings in English, outside gettext (its
// TranslationEditor/index.tsx: the section title "<source> to <target> translation" and the action menu's "More
// actions"). The page hands their translations in a JSON map (English → the admin's language); this replaces them
// wherever the editor renders them, now and after each re-render. Can go when wagtail-localize translates them
// (core/upstream/wagtail_localize.py lists it). Loaded with `defer`: the admin puts extra_js before the editor's element.
(function () {
  const source = document.getElementById("translation-editor-strings");
  const editor = document.querySelector(".js-translation-editor");
  if (!source || !editor) return;
  const strings = JSON.parse(source.textContent);
  const translate = () => {
    editor.querySelectorAll("h3, .w-sr-only").forEach((element) => {
      const text = element.textContent.trim();
      // Only a string that changes: writing the same text again would wake the observer again, for ever.
      if (element.children.length === 0 && Object.prototype.hasOwnProperty.call(strings, text) && strings[text] !== text) {
        element.textContent = strings[text];
      }
    });
  };
  translate();
  new MutationObserver(translate).observe(editor, { childList: true, subtree: true });
})();
