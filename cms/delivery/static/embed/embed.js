/*
 * Passend Informatie widget: <script src="https://HOST/embed.js" data-school="02QZ00" async></script>
 * (or data-region="PO2001"; optional data-locale and data-topic). Renders <passend-informatie>,
 * a web component with its own styles in a shadow root, from one request to /api/v1/bundle/
 * (menus and lists); an article's text is fetched from /api/v1/items/<slug>/ when it is opened.
 * Theme it from the host page with CSS custom properties on the element:
 *   passend-informatie { --pi-accent: #7a1f5c; --pi-text: #1b1b1b; --pi-background: #fff; --pi-font: inherit; }
 * The same script makes iframes of /embed/… as tall as their content.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : location.origin;

  if (!window.__passendInformatieResize) {
    window.__passendInformatieResize = true;
    window.addEventListener("message", function (event) {
      var data = event.data;
      if (event.origin !== origin || !data || data.type !== "passend-informatie:height") return;
      var frames = document.getElementsByTagName("iframe");
      for (var i = 0; i < frames.length; i++) {
        if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + "px";
      }
    });
  }

  // The Dutch words of the interface; other languages come from the JSON catalogue
  // /embed/i18n/<locale>.json (Django's JSONCatalog, domain djangojs).
  function gettext_noop(text) { return text; }
  var TEXT = {
    title: gettext_noop("Passend onderwijs"),
    topics: gettext_noop("Onderwerpen"),
    allTopics: gettext_noop("Alle onderwerpen"),
    route: gettext_noop("Waar kan je terecht?"),
    glossary: gettext_noop("Begrippen"),
    back: gettext_noop("Terug naar de onderwerpen"),
    loading: gettext_noop("De informatie wordt geladen…"),
    failed: gettext_noop("De informatie kan nu niet worden geladen. Probeer het later nog eens."),
    none: gettext_noop("Over dit onderwerp is nog geen uitleg."),
    helpful: gettext_noop("Was dit nuttig?"),
    yes: gettext_noop("Ja, nuttig"),
    no: gettext_noop("Nee, niet nuttig"),
    comment: gettext_noop("Wil je nog iets zeggen? Dit mag leeg blijven."),
    privacy: gettext_noop("Schrijf geen namen of telefoonnummers op. We bewaren geen gegevens over jou."),
    thanks: gettext_noop("Dank je wel voor je reactie."),
    feedbackFailed: gettext_noop("Je reactie is niet verstuurd. Probeer het later nog eens."),
    step: gettext_noop("Stap"),
    inRegion: gettext_noop("In jouw regio"),
    fallback: gettext_noop("Deze tekst is er nog niet in jouw taal. Je leest de Nederlandse tekst."),
    national: gettext_noop("Landelijke informatie, aangevuld door"),
    searchLabel: gettext_noop("Zoek in de uitleg"),
    searchButton: gettext_noop("Zoeken"),
    searchExample: gettext_noop("bijvoorbeeld: rugzakje"),
    searchTitle: gettext_noop("Zoeken naar"),
    results: gettext_noop("resultaten"),
    nothing: gettext_noop("We hebben niets gevonden."),
    didYouMean: gettext_noop("Bedoelde je"),
    readBy: gettext_noop("Gelezen door %(readers)s op %(date)s"),
    parents: gettext_noop("%(n)s ouders"),
    youth: gettext_noop("%(n)s jongeren"),
    and: gettext_noop("%(first)s en %(second)s"),
    lastChecked: gettext_noop("Laatst gecontroleerd: %(date)s"),
    sources: gettext_noop("Bronnen")
  };
  var RTL = { ar: true, fa: true, he: true, ur: true };

  function translated(catalog) {
    var text = {};
    Object.keys(TEXT).forEach(function (key) {
      var found = catalog[TEXT[key]];
      text[key] = typeof found === "string" && found ? found : TEXT[key];
    });
    return text;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
  }

  var STYLE = [
    ":host{display:block;color:var(--pi-text,#1b1b1b);background:var(--pi-background,#fff);font-family:var(--pi-font,inherit);font-size:1rem;line-height:1.6}",
    "*{box-sizing:border-box}",
    ".pi{max-width:46rem;overflow-wrap:anywhere}",
    "h2{font-size:1.5em;line-height:1.25;margin:.75em 0 .4em}",
    "h3{font-size:1.2em;margin:1.25em 0 .4em}",
    "a,.pi-link{color:var(--pi-accent,#0b5394);text-underline-offset:.15em}",
    ".pi-link{background:none;border:0;padding:.6em 0;font:inherit;text-decoration:underline;cursor:pointer;text-align:start;min-height:44px}",
    "a:focus-visible,button:focus-visible,textarea:focus-visible,summary:focus-visible,[tabindex]:focus-visible{outline:3px solid #c2410c;outline-offset:2px}",
    ".pi-nav{display:flex;flex-wrap:wrap;gap:.5em;margin:0 0 .5em;padding:0;list-style:none}",
    ".pi-tab{font:inherit;min-height:44px;padding:.4em .9em;border:2px solid var(--pi-accent,#0b5394);border-radius:999px;background:var(--pi-background,#fff);color:var(--pi-accent,#0b5394);cursor:pointer}",
    ".pi-tab[aria-current=page]{background:var(--pi-accent,#0b5394);color:#fff}",
    ".pi-crumbs{display:flex;flex-wrap:wrap;align-items:center;gap:0 .5em;margin:0;padding:0;list-style:none}",
    ".pi-crumbs li+li::before{content:\"\\203A\" / \"\";margin-inline-end:.5em;color:#4a4a4a}",
    ".pi-muted{color:#4a4a4a}",
    ".pi-summary{font-size:1.1em}",
    ".pi-section--regional{border-inline-start:4px solid var(--pi-accent,#0b5394);padding-inline-start:1em;margin-top:1.5em}",
    ".pi-tip,.pi-card{background:#f3f6fa;border-radius:6px;padding:.75em 1em;margin:1em 0}",
    ".pi-card__channels a{display:inline-block;min-height:44px;padding:.6em 0}",
    ".pi-term summary{cursor:pointer;color:var(--pi-accent,#0b5394);text-decoration:underline dotted;min-height:44px;padding:.6em 0}",
    ".pi-quote{margin:1em 0;padding:.75em 1em;border-inline-start:4px solid #6b7280;font-style:italic}",
    ".pi-quote figcaption{font-style:normal;color:#4a4a4a}",
    ".pi-route{list-style:none;padding:0}",
    ".pi-route>li{border-top:1px solid #d0d7e2;padding-top:.5em}",
    ".pi-badge{display:inline-block;background:var(--pi-accent,#0b5394);color:#fff;border-radius:4px;padding:0 .5em;font-size:.9em}",
    ".pi-items{padding-inline-start:1.25em}",
    ".pi-search label{display:block;font-weight:700;margin-top:.5em}",
    ".pi-search div{display:flex;gap:.5em;margin:.25em 0 1em}",
    ".pi-search input{flex:1;min-width:0;min-height:44px;font:inherit;padding:.4em .6em;border:1px solid #6b7280;border-radius:4px}",
    ".pi-search button{min-height:44px;font:inherit;padding:.4em 1em;border:0;border-radius:6px;background:var(--pi-accent,#0b5394);color:#fff;cursor:pointer}",
    "mark{background:#fff3b0;color:inherit}",
    ".pi-items p{margin:0 0 .75em}",
    ".pi-feedback{border-top:1px solid #d0d7e2;margin-top:2em}",
    ".pi-feedback label{display:block;margin:.5em 0 .25em}",
    ".pi-feedback textarea{width:100%;font:inherit;padding:.5em;border:1px solid #6b7280;border-radius:4px}",
    ".pi-buttons{display:flex;flex-wrap:wrap;gap:.75em;margin:.5em 0 1em}",
    ".pi-buttons button{font:inherit;min-height:44px;padding:.5em 1em;border-radius:6px;border:2px solid var(--pi-accent,#0b5394);background:var(--pi-background,#fff);color:var(--pi-accent,#0b5394);cursor:pointer}",
    ".pi-buttons button:first-child{background:var(--pi-accent,#0b5394);color:#fff}",
    "dt{font-weight:700;margin-top:.75em}dd{margin-inline-start:0}",
    ".pi-provenance{border-top:1px solid #d0d7e2;margin-top:1.5em;font-size:.95em}",
    ".pi-sources summary{cursor:pointer;color:var(--pi-accent,#0b5394);text-decoration:underline;min-height:44px;padding:.6em 0}"
  ].join("");

  function esc(value) {
    return String(value == null ? "" : value).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  // The rule of content_models/safe_urls.py: only http(s), mailto and tel links reach the page.
  function safeHref(value) {
    var url = String(value == null ? "" : value).replace(/[\t\n\r]/g, "").replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, "");
    if (/[\x00-\x1f\x7f]/.test(url)) return "";
    return /^(https?:\/\/[^\/?#\s]|mailto:|tel:)/i.test(url) ? url : "";
  }

  // lang and dir for a part in another language than its surroundings (WCAG 3.1.2).
  function languageOfPart(locale, within) {
    return locale && locale !== within ? ' lang="' + esc(locale) + '" dir="' + (RTL[locale] ? "rtl" : "ltr") + '"' : "";
  }

  // The part of the page's address that shows a view: a fragment only, never a new page.
  function fragmentOf(state) {
    var arg = state.slug || state.topic || state.q;
    return "#pi-" + encodeURIComponent(state.view) + (arg ? "/" + encodeURIComponent(arg) : "");
  }

  function organisationHtml(org, within) {
    var channels = org.channels.map(function (c) {
      var label = (c.label ? c.label + ": " : "") + c.value;
      var hours = c.opening_hours ? ' <span class="pi-muted">(' + esc(c.opening_hours) + ")</span>" : "";
      var href = safeHref(c.href);
      var link = href ? '<a href="' + esc(href) + '">' + esc(label) + "</a>" : esc(label);
      return "<li>" + link + hours + "</li>";
    }).join("");
    return '<div class="pi-card"' + languageOfPart(org.locale, within) + '><p><strong>' + esc(org.name) + "</strong></p><p>" + esc(org.helps_with) + "</p>" +
      (org.costs ? "<p>" + esc(org.costs) + "</p>" : "") +
      (channels ? '<ul class="pi-card__channels">' + channels + "</ul>" : "") + "</div>";
  }

  // The line under an article: who read it, when it was last checked, its sources.
  // The same words as the iframe's (cms/delivery/templatetags/provenance.py).
  function provenanceHtml(item, text, locale) {
    function fill(template, values) {
      return template.replace(/%\((\w+)\)s/g, function (all, name) { return values[name]; });
    }
    function day(iso) {
      var date = new Date(iso + "T12:00:00");
      try { return date.toLocaleDateString(locale, { day: "numeric", month: "long", year: "numeric" }); }
      catch (e) { return iso; }
    }
    var v = item.validation;
    var panels = v && !v.forced ? v.panels.filter(function (p) { return p.date; }) : [];
    var readers = panels.map(function (p) { return fill(p.audience === "jongeren" ? text.youth : text.parents, { n: p.approvals }); });
    var parts = [];
    if (readers.length) {
      var who = readers.length > 1 ? fill(text.and, { first: readers.slice(0, -1).join(", "), second: readers[readers.length - 1] }) : readers[0];
      var last = panels.map(function (p) { return p.date; }).sort().pop();
      parts.push(fill(text.readBy, { readers: esc(who), date: esc(day(last)) }));
    }
    if (item.last_checked) parts.push(fill(text.lastChecked, { date: esc(day(item.last_checked)) }));
    var sources = (item.sources || []).map(function (s) {
      var href = safeHref(s.url);
      return "<li>" + (href ? '<a href="' + esc(href) + '" rel="noopener">' + esc(s.title) + "</a>" : esc(s.title)) + "</li>";
    }).join("");
    if (!parts.length && !sources) return "";
    return '<div class="pi-provenance">' + (parts.length ? '<p class="pi-muted">' + parts.join(" · ") + "</p>" : "") +
      (sources ? '<details class="pi-sources"><summary>' + text.sources + "</summary><ul>" + sources + "</ul></details>" : "") + "</div>";
  }

  class PassendInformatie extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      this.attachShadow({ mode: "open" });
      this.api = (this.getAttribute("api") || origin).replace(/\/$/, "");
      // Without a locale attribute the API picks the language from the browser's
      // Accept-Language; the bundle says which one it served.
      this.locale = (this.getAttribute("locale") || "").toLowerCase();
      this.topic = this.getAttribute("topic") || null;
      this.text = TEXT;
      this.shadowRoot.innerHTML = "<style>" + STYLE + '</style><div class="pi"><p role="status">' +
        TEXT.loading + "</p></div>";
      this.root = this.shadowRoot.querySelector(".pi");
      this.setLanguage(this.locale || "nl");
      this.root.addEventListener("click", this.onClick.bind(this));
      this.root.addEventListener("submit", this.onSearch.bind(this));
      // Back and Forward go through the widget's own views (see ``go``).
      this.widgetId = String(Array.prototype.indexOf.call(document.querySelectorAll("passend-informatie"), this));
      this.searches = {};
      window.addEventListener("popstate", this.onPopState.bind(this));
      this.load();
    }

    setLanguage(locale) {
      this.root.setAttribute("lang", locale);
      this.root.setAttribute("dir", RTL[locale] ? "rtl" : "ltr");
    }

    catalog(locale) {
      if (!locale || locale === "nl") return Promise.resolve({});
      return getJson(this.api + "/embed/i18n/" + encodeURIComponent(locale) + ".json")
        .then(function (data) { return data.catalog || {}; })
        .catch(function () { return {}; });
    }

    load() {
      var params = new URLSearchParams();
      if (this.locale) params.set("locale", this.locale);
      var school = this.getAttribute("school");
      var region = this.getAttribute("region");
      if (school) params.set("school", school); else if (region) params.set("region", region);
      this.scope = school ? { school: school } : { region: region };
      var self = this;
      var asked = this.locale;
      Promise.all([getJson(this.api + "/api/v1/bundle/?" + params.toString()), this.catalog(asked)])
        .then(function (loaded) {
          var bundle = loaded[0];
          self.bundle = bundle;
          self.locale = bundle.locale;
          self.setLanguage(bundle.locale);
          return bundle.locale === asked ? loaded[1] : self.catalog(bundle.locale);
        })
        .then(function (catalog) { self.text = translated(catalog); self.start(); })
        .catch(function () { self.root.innerHTML = '<p role="alert">' + self.text.failed + "</p>"; });
    }

    // A view is a small state: {view, topic} for the topics, {view: "item", slug},
    // {view: "search", q}, {view: "route"} or {view: "glossary"}. Each step a reader takes
    // is a history entry of the host page (pushState, only a #pi-… fragment in the address),
    // so the browser's Back and Forward move between views without reloading the page.
    historyState(state) {
      var base = history.state && typeof history.state === "object" ? history.state : {};
      var saved = Object.assign({ widget: this.widgetId }, state);
      return Object.assign({}, base, { passendInformatie: saved });
    }

    saved(state) {
      var found = state && state.passendInformatie;
      return found && found.widget === this.widgetId ? found : null;
    }

    start() {
      var saved = this.saved(history.state);
      if (saved) { this.restore(saved, false); return; }
      history.replaceState(this.historyState({ view: "home", topic: this.topic }), "");
      this.show("home", null, false);
    }

    go(state) {
      history.pushState({ passendInformatie: Object.assign({ widget: this.widgetId }, state) }, "",
        location.pathname + location.search + fragmentOf(state));
      this.restore(state);
    }

    restore(state, moveFocus) {
      this.topic = state.topic || null;
      if (state.view !== "search") { this.show(state.view, state.slug, moveFocus); return; }
      var found = this.searches[state.q];
      if (found) this.show("search", found, moveFocus); else this.search(state.q, false);
    }

    onPopState(event) {
      var saved = this.saved(event.state);
      if (saved && this.bundle) this.restore(saved);
    }

    show(view, arg, moveFocus) {
      this.view = view;
      var body = view === "item" ? this.itemView(arg) : view === "route" ? this.routeView()
        : view === "glossary" ? this.glossaryView() : view === "search" ? this.searchView(arg)
        : this.homeView();
      this.root.innerHTML = this.navHtml() + body + this.footerHtml();
      if (moveFocus !== false) {
        var heading = this.root.querySelector("h2");
        if (heading) heading.focus();
      }
    }

    navHtml() {
      var text = this.text;
      var view = this.view === "item" || this.view === "search" ? "home" : this.view;
      var tab = function (name, label) {
        return '<li><button type="button" class="pi-tab" data-view="' + name + '"' +
          (view === name ? ' aria-current="page"' : "") + ">" + label + "</button></li>";
      };
      return '<nav aria-label="' + text.title + '"><ul class="pi-nav">' + tab("home", text.topics) +
        tab("route", text.route) + tab("glossary", text.glossary) + "</ul></nav>";
    }

    footerHtml() {
      var text = this.text;
      var names = this.bundle.regions.map(function (r) { return esc(r.name); }).join(", ");
      return names ? '<p class="pi-muted">' + text.national + " " + names + ".</p>" : "";
    }

    topicSlugs(slug) {
      var found = [slug];
      for (var i = 0; i < found.length; i++) {
        this.bundle.topics.forEach(function (t) { if (t.parent === found[i] && found.indexOf(t.slug) < 0) found.push(t.slug); });
      }
      return found;
    }

    topicBySlug(slug) {
      return this.bundle.topics.filter(function (t) { return t.slug === slug; })[0];
    }

    // Where the reader is in the topic tree: every step up is a button, the last is the topic itself.
    breadcrumbsHtml(topic) {
      var self = this;
      var crumbs = topic.breadcrumbs.map(function (crumb, index) {
        var lang = languageOfPart((self.topicBySlug(crumb.slug) || {}).locale, self.locale);
        return index === topic.breadcrumbs.length - 1
          ? '<li aria-current="page"' + lang + ">" + esc(crumb.title) + "</li>"
          : '<li><button type="button" class="pi-link" data-topic="' + esc(crumb.slug) + '"' + lang + ">" +
            esc(crumb.title) + "</button></li>";
      }).join("");
      return '<nav aria-label="' + this.text.topics + '"><ol class="pi-crumbs"><li><button type="button" class="pi-link" data-topic="">' +
        this.text.allTopics + "</button></li>" + crumbs + "</ol></nav>";
    }

    homeView() {
      var text = this.text;
      var locale = this.locale;
      var topic = this.topicBySlug(this.topic);
      var items = this.bundle.items;
      if (topic) {
        var wanted = this.topicSlugs(topic.slug);
        items = items.filter(function (i) { return i.topics.some(function (t) { return wanted.indexOf(t.slug) >= 0; }); });
      }
      var here = topic ? topic.slug : null;
      var topics = this.bundle.topics.filter(function (t) { return t.parent === here; }).map(function (t) {
        return '<li><button type="button" class="pi-link" data-topic="' + esc(t.slug) + '"' +
          languageOfPart(t.locale, locale) + ">" + esc(t.title) + "</button></li>";
      }).join("");
      var list = items.map(function (i) {
        return "<li" + languageOfPart(i.locale, locale) + '><button type="button" class="pi-link" data-item="' +
          esc(i.slug) + '">' + esc(i.title) + "</button><p>" + esc(i.summary) + "</p></li>";
      }).join("") || "<li>" + text.none + "</li>";
      var topicLang = topic ? languageOfPart(topic.locale, locale) : "";
      return (topic ? this.breadcrumbsHtml(topic) : "") +
        '<h2 tabindex="-1"' + topicLang + ">" + esc(topic ? topic.title : text.title) + "</h2>" + this.searchForm("") +
        (topics ? "<h3>" + text.topics + '</h3><ul class="pi-items">' + topics + "</ul>" : "") +
        "<h3" + topicLang + ">" + (topic ? esc(topic.title) : text.allTopics) + '</h3><ul class="pi-items">' + list + "</ul>";
    }

    searchForm(value) {
      var text = this.text;
      return '<form class="pi-search" role="search"><label for="pi-q">' + text.searchLabel + "</label><div>" +
        '<input id="pi-q" type="search" maxlength="200" value="' + esc(value) + '" placeholder="' + text.searchExample +
        '"><button type="submit">' + text.searchButton + "</button></div></form>";
    }

    onSearch(event) {
      event.preventDefault();
      var q = this.root.querySelector("#pi-q").value.trim();
      if (q) this.search(q, true);
    }

    // Results are kept per query, so Back to a search shows it again without asking (or counting) twice.
    search(q, remember) {
      var params = new URLSearchParams(Object.assign({ q: q, locale: this.locale }, this.scope));
      var self = this;
      getJson(this.api + "/api/v1/search/?" + params.toString())
        .then(function (found) {
          self.searches[q] = found;
          if (remember) self.go({ view: "search", q: q }); else self.show("search", found);
        })
        .catch(function () { self.show("search", { query: q, results: [], count: 0, failed: true }); });
    }

    searchView(found) {
      var text = this.text;
      var locale = this.locale;
      var slugs = this.bundle.items.map(function (i) { return i.slug; });
      var list = found.results.map(function (hit) {
        var title = hit.type === "item" && slugs.indexOf(hit.slug) >= 0
          ? '<button type="button" class="pi-link" data-item="' + esc(hit.slug) + '">' + esc(hit.title) + "</button>"
          : hit.type === "route" ? '<button type="button" class="pi-link" data-view="route">' + esc(hit.title) + "</button>"
          : "<strong>" + esc(hit.title) + "</strong>";
        // hit.highlight is escaped on the server; only <mark> is added there.
        return "<li" + languageOfPart(hit.locale, locale) + ">" + title + "<p>" + hit.highlight + "</p></li>";
      }).join("");
      var status = found.failed ? text.failed : found.count ? found.count + " " + text.results
        : text.nothing + (found.suggestion ? " " + text.didYouMean + ' <button type="button" class="pi-link" data-search="' +
          esc(found.suggestion) + '">' + esc(found.suggestion) + "</button>?" : "");
      return '<h2 tabindex="-1">' + text.searchTitle + " ‘" + esc(found.query) + "’</h2>" + this.searchForm(found.query) +
        '<p role="status">' + status + '</p><ul class="pi-items">' + list + "</ul>";
    }

    itemView(slug) {
      var text = this.text;
      var item = this.loaded && this.loaded.slug === slug ? this.loaded : null;
      this.loaded = null;
      this.item = null;
      if (!item) {
        if (!this.bundle.items.some(function (i) { return i.slug === slug; })) return this.homeView();
        this.loadItem(slug);
        return '<p role="status">' + text.loading + "</p>";
      }
      this.item = item;
      // The title and summary of a Dutch fallback are marked Dutch; the notice about it is not.
      var lang = languageOfPart(item.locale, this.locale);
      return '<p><button type="button" class="pi-link" data-view="home">' + text.back + "</button></p>" +
        '<article><h2 tabindex="-1"' + lang + ">" + esc(item.title) + '</h2><p class="pi-summary"' + lang + ">" + esc(item.summary) + "</p>" +
        (item.fallback ? '<p class="pi-muted">' + text.fallback + "</p>" : "") + item.html + "</article>" +
        provenanceHtml(item, text, this.locale) +
        '<section class="pi-feedback" aria-labelledby="pi-feedback-title"><h3 id="pi-feedback-title">' + text.helpful + "</h3>" +
        '<div data-feedback><label for="pi-comment">' + text.comment + '</label>' +
        '<textarea id="pi-comment" rows="3" maxlength="1000" aria-describedby="pi-privacy"></textarea>' +
        '<p id="pi-privacy" class="pi-muted">' + text.privacy + "</p>" +
        '<div class="pi-buttons"><button type="button" data-helpful="true">' + text.yes +
        '</button><button type="button" data-helpful="false">' + text.no + "</button></div></div>" +
        '<p role="status" data-feedback-status></p></section>';
    }

    routeView() {
      var text = this.text;
      var locale = this.locale;
      var html = this.bundle.routes.map(function (route) {
        var steps = route.steps.map(function (step) {
          return "<li" + languageOfPart(step.locale, route.locale) + "><h3>" + text.step + " " + step.number + ": " + esc(step.title) + "</h3>" +
            (step.region ? '<p class="pi-badge">' + text.inRegion + ": " + esc(step.region.name) + "</p>" : "") +
            step.advice_html + step.organisations.map(function (org) { return organisationHtml(org, step.locale); }).join("") + "</li>";
        }).join("");
        return "<div" + languageOfPart(route.locale, locale) + '><h2 tabindex="-1">' + esc(route.title) + "</h2>" +
          route.intro_html + '<ol class="pi-route">' + steps + "</ol></div>";
      }).join("");
      return html || '<h2 tabindex="-1">' + text.route + "</h2>";
    }

    glossaryView() {
      var text = this.text;
      var locale = this.locale;
      var terms = this.bundle.glossary.map(function (t) {
        var lang = languageOfPart(t.locale, locale);
        return "<dt" + lang + ">" + esc(t.term) + (t.abbreviation ? " (" + esc(t.abbreviation) + ")" : "") + "</dt><dd" + lang + ">" +
          esc(t.explanation) + "</dd>";
      }).join("");
      return '<h2 tabindex="-1">' + text.glossary + "</h2><dl>" + terms + "</dl>";
    }

    onClick(event) {
      var target = event.target.closest("button, a[data-item]");
      if (!target) return;
      if (target.dataset.view) { this.go({ view: target.dataset.view }); }
      else if (target.dataset.topic !== undefined) { this.go({ view: "home", topic: target.dataset.topic || null }); }
      else if (target.dataset.item) { event.preventDefault(); this.go({ view: "item", slug: target.dataset.item }); }
      else if (target.dataset.helpful) { this.sendFeedback(target.dataset.helpful === "true"); }
      else if (target.dataset.search) {
        this.search(target.dataset.search, true);
      }
    }

    loadItem(slug) {
      // The bundle has the summaries; the text comes with each opening, which also adds 1
      // to today's anonymous count of reads for this region (no cookie, nothing about you).
      var params = new URLSearchParams(Object.assign({ locale: this.locale }, this.scope));
      var self = this;
      this.waiting = slug;
      getJson(this.api + "/api/v1/items/" + encodeURIComponent(slug) + "/?" + params.toString())
        .then(function (item) {
          if (self.waiting !== slug || self.view !== "item") return;
          self.loaded = item;
          self.show("item", slug);
        })
        .catch(function () {
          if (self.waiting === slug && self.view === "item") {
            self.root.querySelector('[role="status"]').textContent = self.text.failed;
          }
        });
    }

    sendFeedback(helpful) {
      var text = this.text;
      var status = this.root.querySelector("[data-feedback-status]");
      var form = this.root.querySelector("[data-feedback]");
      var body = Object.assign({ item: this.item.slug, helpful: helpful, locale: this.locale,
        comment: this.root.querySelector("#pi-comment").value }, this.scope);
      fetch(this.api + "/api/v1/feedback/", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) })
        .then(function (r) {
          if (r.status !== 202) {
            return r.json().then(function (e) { throw { message: e.error && e.error.message }; });
          }
          form.hidden = true;
          status.textContent = text.thanks;
        })
        .catch(function (error) {
          // A network or CORS failure is a TypeError in English: show our own words instead.
          status.textContent = (!(error instanceof Error) && error.message) || text.feedbackFailed;
        });
    }
  }

  if (!customElements.get("passend-informatie")) customElements.define("passend-informatie", PassendInformatie);

  if (script && (script.dataset.school || script.dataset.region)) {
    var element = document.createElement("passend-informatie");
    ["school", "region", "locale", "topic"].forEach(function (name) {
      if (script.dataset[name]) element.setAttribute(name, script.dataset[name]);
    });
    element.setAttribute("api", origin);
    script.parentNode.insertBefore(element, script.nextSibling);
  }
})();
