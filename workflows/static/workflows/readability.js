// Live readability check in the editor: send the form, show level, findings and marks.
(() => {
  const panel = document.querySelector("[data-pi-readability]");
  const form = document.querySelector("form[data-edit-form]") || document.querySelector("main form");
  if (!panel || !form) return;
  const summary = panel.querySelector("[data-pi-readability-summary]");
  const figures = panel.querySelector("[data-pi-readability-figures]");
  const list = panel.querySelector("[data-pi-readability-findings]");
  const textBox = panel.querySelector("[data-pi-readability-text]");
  const SENTENCE_KINDS = new Set(["long_sentence", "passive", "long_paragraph"]);
  const LABELS = {
    long_sentence: "Lange zin", long_paragraph: "Lange alinea", rare_word: "Weinig gebruikt woord",
    long_word: "Lang woord", passive: "Lijdende vorm", nominalisation: "Naamwoordstijl",
    formal_word: "Ambtelijke taal", jargon: "Vakwoord zonder uitleg", abbreviation: "Afkorting",
  };
  let timer = null;
  let controller = null;

  const el = (tag, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.entries(attrs).forEach(([key, value]) => node.setAttribute(key, value));
    return node;
  };

  function renderText(text, findings) {
    // Split the text at every finding boundary and mark each piece with what covers it.
    const cuts = new Set([0, text.length]);
    findings.forEach((f) => { cuts.add(f.start); cuts.add(f.end); });
    const points = [...cuts].sort((a, b) => a - b);
    textBox.replaceChildren();
    for (let i = 0; i < points.length - 1; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = findings.filter((f) => f.start <= start && f.end >= end);
      const piece = text.slice(start, end);
      if (!covering.length) { textBox.append(piece); continue; }
      const words = covering.filter((f) => !SENTENCE_KINDS.has(f.kind));
      const node = el(words.length ? "mark" : "span", piece, {
        title: covering.map((f) => `${LABELS[f.kind] || f.kind}: ${f.reason}`).join("\n"),
      });
      if (!words.length) node.className = "pi-sentence";
      textBox.append(node);
    }
  }

  function render(report) {
    if (!report.is_valid) {
      summary.textContent = "Vul eerst de verplichte velden goed in.";
      summary.removeAttribute("data-ok");
      return;
    }
    const verdict = report.meets_target ? "haalt het doel" : "haalt het doel nog niet";
    summary.textContent = `Niveau ${report.level} (doel ${report.target}): ${verdict}.`;
    summary.dataset.ok = String(report.meets_target);
    const f = report.features;
    figures.replaceChildren();
    [["Score", report.score], ["Woorden", f.words], ["Woorden per zin", f.mean_sentence_length.toFixed(1)],
     ["Langste zin", f.max_sentence_length], ["Flesch-Douma", f.flesch_douma.toFixed(0)]]
      .forEach(([label, value]) => figures.append(el("dt", label), el("dd", String(value))));
    list.replaceChildren();
    report.findings.forEach((finding) => {
      const item = el("li");
      item.append(el("strong", `${LABELS[finding.kind] || finding.kind}: `), `‘${finding.text.slice(0, 80)}’. ${finding.reason}`);
      if (finding.suggestion) item.append(el("br"), `Beter: ${finding.suggestion}`);
      list.append(item);
    });
    if (!report.findings.length) list.append(el("li", "Niets gevonden. Mooi!"));
    renderText(report.text, report.findings);
  }

  async function check() {
    if (controller) controller.abort();
    controller = new AbortController();
    try {
      const response = await fetch(panel.dataset.url, {
        method: "POST", body: new FormData(form), signal: controller.signal,
        headers: { "X-Requested-With": "XMLHttpRequest" },
      });
      if (response.ok) render(await response.json());
    } catch (error) {
      if (error.name !== "AbortError") summary.textContent = "Controleren lukt nu niet.";
    }
  }

  const schedule = () => { clearTimeout(timer); timer = setTimeout(check, 700); };
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
  // Wait until the editor's own scripts have built the StreamField inputs.
  if (document.readyState === "complete") schedule();
  else window.addEventListener("load", schedule);
})();
