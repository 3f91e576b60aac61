// Live readability check in the editor: send the form, show level, findings and marks.
//
// Wagtail's autosave re-renders the side panels, so the panel element is looked up
// again for every render, and a replaced panel gets the last result at once. Each
// result is tied to the form state it judged: a result for an older state is never
// shown; the panel says the text is being checked until the current state is judged.
(() => {
  if (window.piReadability) return; // a re-rendered panel brings this script again
  const form = document.querySelector("form[data-edit-form]") || document.querySelector("main form");
  if (!form || !document.querySelector("[data-pi-readability]")) return;

  const SENTENCE_KINDS = new Set(["long_sentence", "passive", "long_paragraph"]);
  const LABELS = {
    long_sentence: "Lange zin", long_paragraph: "Lange alinea", rare_word: "Weinig gebruikt woord",
    long_word: "Lang woord", passive: "Lijdende vorm", nominalisation: "Naamwoordstijl",
    formal_word: "Ambtelijke taal", jargon: "Vakwoord zonder uitleg", abbreviation: "Afkorting",
  };
  const DELAY = 700;
  let timer = null;
  let controller = null;
  let last = null; // {state, report}: the newest result and the form state it judged
  let panel = null;
  let wanted = null; // the form state the next check will judge

  const el = (tag, text, attrs = {}) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    Object.entries(attrs).forEach(([key, value]) => node.setAttribute(key, value));
    return node;
  };
  const part = (name) => panel.querySelector(`[data-pi-readability-${name}]`);

  /** The form as the check reads it; autosave's bookkeeping fields are left out. */
  function formState() {
    const data = new FormData(form);
    ["csrfmiddlewaretoken", "loaded_revision_id", "loaded_revision_created_at"].forEach((key) => data.delete(key));
    return JSON.stringify([...data.entries()].map(([key, value]) => [key, String(value)]));
  }

  function setStatus(state, text) {
    const summary = part("summary");
    panel.dataset.piReadabilityState = state;
    summary.replaceChildren(text);
    summary.removeAttribute("data-ok");
  }

  /** The field to go to: its input (the first box of a group), else its place in the form. */
  function fieldFor(name) {
    return form.querySelector(`[name="${name}"]:not([type=hidden])`)
      || form.querySelector(`[data-contentpath="${name}"]`);
  }

  function renderInvalid(errors, labels) {
    setStatus("invalid", "Vul eerst deze velden goed in: ");
    const summary = part("summary");
    Object.entries(errors || {}).forEach(([name, problems], index) => {
      if (index) summary.append(", ");
      const messages = problems.map((p) => p.message).join(" ");
      if (!labels[name]) { summary.append(messages); return; } // not one field's error
      const link = el("a", labels[name], { href: `#id_${name}` });
      link.addEventListener("click", (event) => {
        const field = fieldFor(name);
        if (!field) return;
        event.preventDefault();
        field.scrollIntoView({ block: "center" });
        field.focus();
      });
      summary.append(link, ` (${messages})`);
    });
    summary.append(".");
    part("figures").replaceChildren();
    part("findings").replaceChildren();
    part("text").replaceChildren();
  }

  function renderText(text, findings) {
    // Split the text at every finding boundary and mark each piece with what covers it.
    const box = part("text");
    const cuts = new Set([0, text.length]);
    findings.forEach((f) => { cuts.add(f.start); cuts.add(f.end); });
    const points = [...cuts].sort((a, b) => a - b);
    box.replaceChildren();
    for (let i = 0; i < points.length - 1; i += 1) {
      const [start, end] = [points[i], points[i + 1]];
      const covering = findings.filter((f) => f.start <= start && f.end >= end);
      const piece = text.slice(start, end);
      if (!covering.length) { box.append(piece); continue; }
      const words = covering.filter((f) => !SENTENCE_KINDS.has(f.kind));
      const node = el(words.length ? "mark" : "span", piece, {
        title: covering.map((f) => `${LABELS[f.kind] || f.kind}: ${f.reason}`).join("\n"),
      });
      if (!words.length) node.className = "pi-sentence";
      box.append(node);
    }
  }

  /** One line per finding: the same word found twice says the same thing twice. */
  function distinct(findings) {
    const seen = new Set();
    return findings.filter((f) => {
      const key = `${f.kind}|${f.text}|${f.reason}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  function render(report) {
    if (!report.is_valid) { renderInvalid(report.errors, report.labels || {}); return; }
    const verdict = report.meets_target ? "haalt het doel" : "haalt het doel nog niet";
    setStatus("done", `Niveau ${report.level} (doel ${report.target}): ${verdict}.`);
    part("summary").dataset.ok = String(report.meets_target);
    const f = report.features;
    const figures = part("figures");
    figures.replaceChildren();
    const decimal = (n) => n.toLocaleString("nl-NL", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    [["Score", decimal(report.score)], ["Woorden", f.words], ["Woorden per zin", decimal(f.mean_sentence_length)],
     ["Langste zin", f.max_sentence_length], ["Flesch-Douma", f.flesch_douma.toFixed(0)]]
      .forEach(([label, value]) => figures.append(el("dt", label), el("dd", String(value))));
    const list = part("findings");
    list.replaceChildren();
    distinct(report.findings).forEach((finding) => {
      const item = el("li");
      item.append(el("strong", `${LABELS[finding.kind] || finding.kind}: `), `‘${finding.text.slice(0, 80)}’. ${finding.reason}`);
      if (finding.suggestion) item.append(el("br"), `Beter: ${finding.suggestion}`);
      list.append(item);
    });
    if (!report.findings.length) list.append(el("li", "Niets gevonden. Mooi!"));
    renderText(report.text, report.findings);
  }

  /** Show the newest result if it judged the form as it is now; else check again. */
  function show() {
    if (last && last.state === formState()) render(last.report);
    else schedule();
  }

  async function check() {
    if (controller) controller.abort();
    controller = new AbortController();
    const state = formState();
    try {
      const response = await fetch(panel.dataset.url, {
        method: "POST", body: new FormData(form), signal: controller.signal,
        headers: { "X-Requested-With": "XMLHttpRequest" },
      });
      const report = await response.json();
      if (!response.ok) { setStatus("error", report.error || "Controleren lukt nu niet."); return; }
      last = { state, report };
      show();
    } catch (error) {
      if (error.name !== "AbortError") setStatus("error", "Controleren lukt nu niet.");
    }
  }

  function schedule() {
    clearTimeout(timer);
    wanted = formState();
    if (panel.dataset.piReadabilityState !== "pending") {
      setStatus("pending", "De tekst wordt gecontroleerd…");
    }
    timer = setTimeout(check, DELAY);
  }

  /** Follow the panel when Wagtail replaces it (autosave re-renders side panels). */
  function bind() {
    const current = document.querySelector("[data-pi-readability]");
    if (!current || current === panel) return;
    panel = current;
    panel.dataset.piReadabilityState = "";
    show();
  }

  // Every field: typing, pasting and choices, in plain inputs, Draftail and StreamField
  // blocks alike (Draftail writes its hidden input shortly after; the delay covers it).
  // Draftail writes its hidden input a moment after a paste, so those always schedule;
  // a blur's "change" after typing leaves the form as it was: nothing new to check.
  ["input", "paste", "cut", "drop"].forEach((type) => form.addEventListener(type, schedule, true));
  form.addEventListener("change", () => { if (formState() !== wanted) schedule(); }, true);
  new MutationObserver(bind).observe(document.body, { childList: true, subtree: true });
  window.piReadability = { check: schedule };
  // Wait until the editor's own scripts have built the StreamField inputs.
  if (document.readyState === "complete") bind();
  else window.addEventListener("load", bind);
})();
