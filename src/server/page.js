"use strict";
const PAGE = 10;
const $ = (id) => document.getElementById(id);
const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
};
// The page's whole state lives in its URL, so that searches can be bookmarked and shared.
function state() { return new URLSearchParams(location.search); }
function setState(params, push) {
  for (const [k, v] of [...params]) if (v === "") params.delete(k);
  const url = "/" + (params.toString() ? "?" + params : "");
  if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  render();
}
function apiParams(params, extra) {
  const p = new URLSearchParams();
  for (const k of ["q", "speaker", "country", "speaker_country", "kind", "since", "until"]) for (const v of params.getAll(k)) p.append(k, v);
  for (const [k, v] of Object.entries(extra)) p.set(k, v);
  return p;
}
async function getJSON(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
// A readout's url is data from its file or its poster: it becomes a link only when it is a web
// address, never a javascript: or data: one, however it is written.
function webLink(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch { return null; }
}
let generation = 0;
async function render() {
  const params = state();
  const mine = ++generation;
  if (params.get("id")) return showReadout(params.get("id"));
  $("q").value = params.get("q") || "";
  $("since").value = params.get("since") || "";
  $("until").value = params.get("until") || "";
  const offset = Number(params.get("offset") || 0);
  const quotes = params.get("view") === "quotes";
  for (const b of document.querySelectorAll("#views button")) b.classList.toggle("on", (b.dataset.view === "quotes") === quotes);
  try {
    if (quotes) {
      const res = await getJSON("/quotes?" + apiParams(params, { limit: PAGE, offset }));
      if (mine !== generation) return;
      showQuotes(params, res, offset);
      $("timeline").replaceChildren();
      return;
    }
    const [res, tl] = await Promise.all([
      getJSON("/search?" + apiParams(params, { limit: PAGE, offset })),
      getJSON("/timeline?" + apiParams(params, { by: "month" })),
    ]);
    if (mine !== generation) return; // a newer search is under way
    showResults(params, res, offset);
    showTimeline(tl);
  } catch (e) {
    if (mine !== generation) return;
    $("results").replaceChildren(el("p", { className: "error", textContent: e.message }));
    $("summary").textContent = "";
  }
}
function showResults(params, res, offset) {
  const hint = (res.did_you_mean || []).map((s) => ` No speaker is named “${s.asked}”; did you mean ${s.name}?`).join("");
  $("summary").textContent = (res.total === 0 ? "No readouts match." :
    `${res.total} readout${res.total === 1 ? "" : "s"}, ${offset + 1}–${offset + res.hits.length} shown (${res.took_ms.toFixed(1)} ms).`) + hint;
  $("results").replaceChildren(...res.hits.map((h) => {
    const link = el("a", { href: "/?id=" + encodeURIComponent(h.id) });
    link.innerHTML = h.title_html; // escaped by the server, <mark> only
    link.addEventListener("click", (ev) => { ev.preventDefault(); setState(new URLSearchParams({ id: h.id }), true); });
    const snippet = el("p", { className: "snippet" });
    snippet.innerHTML = h.snippet; // escaped by the server, <mark> only
    const meta = [h.date || "no date", h.speakers.join(", "), h.countries.map((c) => c.name).join(", ")].filter(Boolean).join(" · ");
    const parts = [el("h3", {}, link), el("div", { className: "meta", textContent: meta }), snippet];
    if (h.duplicates && h.duplicates.length) {
      // The same text published again under another title or date: one hit, its copies named.
      parts.push(el("div", { className: "meta copies", textContent: "Also published as: " +
        h.duplicates.map((d) => `${d.title} (${d.date || "no date"})`).join("; ") }));
    }
    return el("div", { className: "hit" }, ...parts);
  }));
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + PAGE >= res.total;
  showFacets(params, res.facets);
}
// Who said what: each statement with its speaker, its kind and the readout it is from.
function showQuotes(params, res, offset) {
  $("summary").textContent = res.total === 0 ? "No statements match." :
    `${res.total} statement${res.total === 1 ? "" : "s"} from the ${res.readouts_read} best-matching readouts, ${offset + 1}–${offset + res.hits.length} shown (${res.took_ms.toFixed(1)} ms)`;
  $("results").replaceChildren(...res.hits.map((h) => {
    const who = el("h3", { textContent: h.speaker + (h.speaker_country ? ` (${h.speaker_country})` : "") });
    const said = el(h.kind === "direct" ? "blockquote" : "p", { className: "statement " + h.kind });
    said.innerHTML = h.text_html; // escaped by the server, <mark> only
    const link = el("a", { href: "/?id=" + encodeURIComponent(h.readout_id), textContent: h.readout_title });
    link.addEventListener("click", (ev) => { ev.preventDefault(); setState(new URLSearchParams({ id: h.readout_id }), true); });
    const meta = el("div", { className: "meta" }, `${h.kind} · ${h.date || "no date"} · `, link);
    return el("div", { className: "hit quote" }, who, said, meta);
  }));
  $("prev").disabled = offset === 0;
  $("next").disabled = offset + PAGE >= res.total;
  showFacets(params, res.facets);
}
function toggle(params, key, value) {
  const values = params.getAll(key);
  params.delete(key);
  for (const v of values) if (v !== value) params.append(key, v);
  if (!values.includes(value)) params.append(key, value);
  params.delete("offset");
  setState(params, true);
}
function showFacets(params, facets) {
  const groups = [
    ["Speakers", "speaker", facets.speaker.map((f) => [f.value, f.value, f.count])],
    ["Speaker countries", "speaker_country", (facets.speaker_country || []).map((f) => [f.value, f.name || f.value, f.count])],
    ["Kinds", "kind", (facets.kind || []).map((f) => [f.value, f.value, f.count])],
    ["Countries", "country", (facets.country || []).map((f) => [f.code, f.name, f.count])],
    ["Years", "year", (facets.year || []).map((f) => [f.value, f.value, f.count])],
  ];
  const parts = [];
  for (const [title, key, items] of groups) {
    if (!items.length) continue;
    parts.push(el("h2", { textContent: title }));
    parts.push(el("ul", {}, ...items.map(([value, label, count]) => {
      const on = key === "year" ? params.get("since") === `${value}-01-01` && params.get("until") === `${value}-12-31`
                                : params.getAll(key).includes(value);
      const b = el("button", { className: on ? "on" : "", title: on ? "Remove this filter" : "Filter" },
        el("span", { textContent: label }), el("span", { className: "count", textContent: count }));
      b.dataset.facet = key; b.dataset.value = value;
      b.addEventListener("click", () => {
        const p = state();
        if (key === "year") {
          if (on) { p.delete("since"); p.delete("until"); } else { p.set("since", `${value}-01-01`); p.set("until", `${value}-12-31`); }
          p.delete("offset"); setState(p, true);
        } else toggle(p, key, value);
      });
      return el("li", {}, b);
    })));
  }
  $("facets").replaceChildren(...parts);
  const active = [];
  for (const key of ["speaker", "speaker_country", "country", "kind"]) for (const v of params.getAll(key)) {
    const b = el("button", { textContent: `${key}: ${v} ×`, title: "Remove this filter" });
    b.addEventListener("click", () => toggle(state(), key, v));
    active.push(b);
  }
  for (const key of ["since", "until"]) if (params.get(key)) {
    const b = el("button", { textContent: `${key}: ${params.get(key)} ×` });
    b.addEventListener("click", () => { const p = state(); p.delete(key); setState(p, true); });
    active.push(b);
  }
  $("active").replaceChildren(...active);
}
function showTimeline(tl) {
  const max = Math.max(1, ...tl.buckets.map((b) => b.count));
  $("timeline").replaceChildren(...tl.buckets.map((b) => {
    const bar = el("div", { title: `${b.value}: ${b.count}` });
    // A style property, not a style attribute: the Content-Security-Policy allows no inline styles.
    bar.style.height = `${Math.max(2, (100 * b.count) / max)}%`;
    return bar;
  }));
}
async function showReadout(id) {
  try {
    const r = await getJSON("/readouts/" + encodeURIComponent(id));
    $("facets").replaceChildren(
      el("h2", { textContent: "Date" }), el("p", { textContent: r.date || "none" }),
      el("h2", { textContent: "Speakers" }), el("ul", {}, ...r.speakers.map((s) => el("li", { textContent: s }))),
      el("h2", { textContent: "Countries" }), el("ul", {}, ...r.countries.map((c) => el("li", { textContent: `${c.name} (${c.code})` }))));
    const back = el("a", { href: "/", textContent: "← back to the search" });
    back.addEventListener("click", (ev) => { ev.preventDefault(); history.back(); });
    const href = webLink(r.url);
    const source = !r.url ? "" : el("p", {}, href ? el("a", { href, textContent: r.url, rel: "noopener noreferrer" })
                                                  : el("span", { textContent: r.url }));
    const statements = (r.statements || []).map((st) => el("li", {},
      el("strong", { textContent: st.speaker }), ` (${st.kind}): `, el("span", { textContent: st.text })));
    const said = statements.length ? [el("h2", { textContent: "Who said what" }), el("ul", { className: "statements" }, ...statements)] : [];
    $("results").replaceChildren(back, el("h2", { textContent: r.title }), source, el("article", { textContent: r.body }), ...said);
    $("summary").textContent = ""; $("active").replaceChildren(); $("timeline").replaceChildren();
    $("prev").disabled = $("next").disabled = true;
  } catch (e) {
    $("results").replaceChildren(el("p", { className: "error", textContent: e.message }));
  }
}
let typing;
$("q").addEventListener("input", () => {
  clearTimeout(typing);
  // Search as you type, once typing pauses.
  typing = setTimeout(() => { const p = state(); p.set("q", $("q").value); p.delete("offset"); p.delete("id"); setState(p, false); }, 150);
});
for (const key of ["since", "until"]) $(key).addEventListener("change", () => {
  const p = state(); p.set(key, $(key).value); p.delete("offset"); setState(p, true);
});
$("prev").addEventListener("click", () => { const p = state(); p.set("offset", Math.max(0, Number(p.get("offset") || 0) - PAGE)); setState(p, true); });
$("next").addEventListener("click", () => { const p = state(); p.set("offset", Number(p.get("offset") || 0) + PAGE); setState(p, true); });
for (const b of document.querySelectorAll("#views button")) b.addEventListener("click", () => {
  const p = state(); p.delete("offset"); p.delete("id");
  // Filters of one view only: readouts have country facets and years, statements speaker countries.
  if (b.dataset.view === "quotes") p.set("view", "quotes"); else { p.delete("view"); p.delete("speaker_country"); p.delete("kind"); }
  setState(p, true);
});
window.addEventListener("popstate", render);
render();
