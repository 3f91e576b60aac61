// Tap words in the text to mark them as hard. Without JavaScript the text box still works.
(() => {
  // After an error (e.g. "Vraag om aanpassingen" without a comment) the focus goes to the
  // error summary, which links to each field.
  const errors = document.getElementById("fouten");
  if (errors) errors.focus();
  const area = document.querySelector("[data-pi-markable]");
  const hidden = document.querySelector("input[name=marked]");
  const list = document.querySelector("[data-pi-marked-list]");
  if (!area || !hidden) return;
  const marked = new Map();
  const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  let counter = 0;
  nodes.forEach((node) => {
    if (!node.textContent.trim() || node.parentElement.closest("a, button")) return;
    const fragment = document.createDocumentFragment();
    node.textContent.split(/(\s+)/).forEach((part) => {
      if (!part.trim()) { fragment.append(part); return; }
      const word = document.createElement("span");
      word.className = "pi-word";
      word.textContent = part;
      word.dataset.key = String(counter += 1);
      fragment.append(word);
    });
    node.replaceWith(fragment);
  });
  function update() {
    const words = [...marked.values()];
    hidden.value = JSON.stringify(words);
    list.hidden = words.length === 0;
    list.textContent = words.length ? `Gemarkeerd: ${words.join(", ")}` : "";
  }
  area.addEventListener("click", (event) => {
    const word = event.target.closest(".pi-word");
    if (!word) return;
    // Pointer users tap words; keyboard and screen reader users type them in the text box.
    const on = word.dataset.marked !== "true";
    word.dataset.marked = String(on);
    const text = word.textContent.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    if (on) marked.set(word.dataset.key, text); else marked.delete(word.dataset.key);
    update();
  });
})();
