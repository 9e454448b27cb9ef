// delibner web page: send text or a file to the API, show entities highlighted, in a table and as JSON.
"use strict";

const LABELS = {
  OFFICIAL: "élu·e", LEGAL_REF: "référence juridique", AMOUNT: "montant",
  BUDGET_CODE: "imputation budgétaire", DELIB_ID: "n° d'acte", DATE: "date",
};
const $ = (id) => document.getElementById(id);
let pendingFile = null;

function el(tag, attrs = {}, text = "") {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;  // text only: nothing from a document is ever parsed as HTML
  return node;
}

function headers() {
  const key = $("apikey").value.trim();
  return key ? { "X-API-Key": key } : {};
}

async function callApi() {
  const engine = $("engine").value;
  if (pendingFile) {
    const form = new FormData();
    form.append("file", pendingFile);
    form.append("engine", engine);
    return fetch("/v1/extract/file", { method: "POST", body: form, headers: headers() });
  }
  return fetch("/v1/extract", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers() },
    body: JSON.stringify({ text: $("text").value, engine }),
  });
}

function renderLegend() {
  const legend = $("legend");
  legend.replaceChildren(...Object.entries(LABELS).map(([label, name]) => el("span", { class: label }, `${label} — ${name}`)));
}

function tooltip(ent) {
  const value = ent.normalized ? JSON.stringify(ent.normalized) : "—";
  return `${ent.label} · score ${ent.score.toFixed(2)} · source ${ent.source}\nvaleur : ${value}`;
}

function renderText(text, entities) {
  const box = $("highlighted");
  const parts = [];
  let cursor = 0;
  for (const ent of entities) {
    if (ent.start < cursor) continue;
    parts.push(document.createTextNode(text.slice(cursor, ent.start)));
    const mark = el("mark", { class: `ent ${ent.label}`, title: tooltip(ent), "data-label": ent.label }, text.slice(ent.start, ent.end));
    mark.appendChild(el("span", { class: "lab" }, ent.label));
    parts.push(mark);
    cursor = ent.end;
  }
  parts.push(document.createTextNode(text.slice(cursor)));
  box.replaceChildren(...parts);
}

function renderTable(entities) {
  const rows = entities.map((ent, i) => {
    const tr = el("tr", { class: "row" });
    const cells = [String(i + 1), ent.label, null, String(ent.start), String(ent.end), ent.score.toFixed(2), ent.source,
      ent.normalized ? JSON.stringify(ent.normalized) : "—"];
    cells.forEach((value, col) => {
      const td = el("td");
      if (col === 2) td.appendChild(el("code", { class: ent.label }, ent.text)); else td.textContent = value;
      tr.appendChild(td);
    });
    return tr;
  });
  $("entities").querySelector("tbody").replaceChildren(...rows);
}

async function extract() {
  const status = $("status");
  status.className = "";
  if (!pendingFile && !$("text").value.trim()) {
    status.textContent = "Collez un texte ou déposez un fichier.";
    status.className = "error";
    return;
  }
  status.textContent = "Extraction…";
  $("extract").disabled = true;
  try {
    const response = await callApi();
    const body = await response.json();
    if (!response.ok) throw new Error(body.detail || `HTTP ${response.status}`);
    const text = body.text ?? $("text").value;
    renderText(text, body.entities);
    renderTable(body.entities);
    const fallback = body.fallback ? ` — repli sur les règles (${body.fallback_reason})` : "";
    $("summary").textContent = `${body.entities.length} entités · moteur ${body.engine} · ${body.timing_ms.toFixed(0)} ms${fallback}`;
    const link = $("json-link");
    if (link.href.startsWith("blob:")) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }));
    $("output").hidden = false;
    status.textContent = "";
  } catch (error) {
    status.textContent = `Erreur : ${error.message}`;
    status.className = "error";
  } finally {
    $("extract").disabled = false;
  }
}

function chooseFile(file) {
  pendingFile = file || null;
  $("drop").firstChild.textContent = file ? `Fichier : ${file.name} ` : "…ou déposez un PDF ou un fichier texte ici ";
}

document.addEventListener("DOMContentLoaded", () => {
  renderLegend();
  $("extract").addEventListener("click", extract);
  $("text").addEventListener("input", () => chooseFile(null));
  $("file").addEventListener("change", (e) => chooseFile(e.target.files[0]));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    chooseFile(e.dataTransfer.files[0]);
  });
});
