/*
 * Toutes les missions, édition française: the same figures, charts and table as the English index
 * (src/missions/index.page.ts), with French prose and headers. A mission's full name is its official
 * French name where the table of French names has one, else the UN list's English name, marked so.
 */
import type { MissionReference } from "../../../data-loaders/mission-reference.js";
import { missionsComparisonChart } from "../../components/charts.js";
import { formatter } from "../../components/format.js";
import { entriesByKind } from "../../components/i18n/mission-text.js";
import { worldOutlines } from "../../components/geography.js";
import { headquartersWorldMap } from "../../components/locator-map.js";
import { href, html, type Markup } from "../../components/markup.js";
import { frenchAcronym, frenchNaming } from "../../components/i18n/mission-names.js";
import { areaName, placeName } from "../../components/i18n/places.js";
import type { PageTemplate } from "../../components/page.js";
import { sectionAnchor } from "../../components/site-nav.js";
import { chartPart } from "../../components/static-chart.js";
import { dataTable } from "../../components/static-table.js";

const f$ = formatter("fr");

const missionsIndexPage: PageTemplate = (context) => {
  const f = context.missions().index;
  return {
    title: "Toutes les missions",
    body: html`# Toutes les missions du registre de l'ONU

Le fichier des décès de l'ONU recense ${f$.number(f.total)} personnes mortes au service de ${f$.number(f.summaries.length)}
entités, de ${f.firstYear} à ${f.lastYear}\u00a0: ${entriesByKind(f.byKind, "fr")}. ${f$.number(f.withMalicious)} des
${f$.number(f.summaries.length)} ont perdu des membres dans des actes malveillants. Chacune a sa page, avec la même analyse que
${sectionAnchor("/fr/missions/index", "/", "le récit sur la MINUSMA")}\u00a0: son bilan année par année, par type d'incident et par catégorie de personnel, la
nationalité des morts et son rang parmi toutes les missions.
${chartPart(context, (o) => missionsComparisonChart(f.summaries, { locale: "fr", ...o }))}
${chartPart(context, (o) => headquartersWorldMap(f.drawn, f.notDrawn, worldOutlines(), { locale: "fr", ...o }))}
## Trouver une mission

Les noms complets sont les noms officiels en français là où une source en donne un, sinon ceux de la liste de l'ONU, en anglais.

${dataTable(
  f.summaries,
  [
    { header: "Mission", value: (row) => html`<a href="${href(`./${row.slug}.html`)}">${frenchAcronym(row.mission)}</a>` },
    { header: "Nom complet", value: (row) => fullName(row.mission, f.references[row.mission]) },
    { header: "Quartier général", value: (row) => headquarters(f.references[row.mission]) },
    { header: "Dates", value: (row) => span(f.references[row.mission]) },
    { header: "Décès, toutes causes", value: (row) => f$.number(row.all), numeric: true },
    { header: "Actes malveillants", value: (row) => f$.number(row.malicious), numeric: true },
    { header: "Première année", value: (row) => String(row.first_year), numeric: true },
    { header: "Dernière année", value: (row) => String(row.last_year), numeric: true },
    { header: "Rang, toutes causes", value: (row) => f$.number(row.rank_all), numeric: true },
    {
      header: "Rang, actes malveillants",
      value: (row) => (row.rank_malicious === null ? "—" : f$.number(row.rank_malicious)),
      numeric: true,
    },
  ],
  { caption: "Toutes les missions du fichier des décès de l'ONU, par nombre de décès toutes causes", id: "missions-table" },
)}
\`\`\`js
// Le tableau ci-dessus est le contenu de la page\u00a0; ce script n'y ajoute qu'une recherche et le tri des colonnes.
import {searchableTable} from "../../components/table-search.js";
searchableTable(document.querySelector("#missions-table"), {
  label: "Chercher une mission",
  shownOf: (shown, total) => \`\${shown} missions sur \${total}\`,
});
\`\`\`

Les missions au bilan égal partagent un rang. Les années sont celles du premier et du dernier décès
enregistrés, pas celles du mandat\u00a0; la page de chaque mission donne ses dates. Noms, sièges et dates
viennent de la liste des opérations de maintien de la paix de l'ONU et, pour les missions politiques et
bureaux qu'elle omet, d'un tableau établi avec une source par ligne (voir [les
données](../../methodology#mission-reference-what-each-mission-was), en anglais).
`,
  };
};

function fullName(acronym: string, reference: MissionReference): Markup {
  const french = frenchNaming(acronym);
  return french ? html`${french.name_fr}` : html`<span lang="en">${reference.name}</span>`;
}

/** Le siège, au nom que lui donne l'édition\u00a0; à défaut, la zone que la source nomme, en anglais. */
function headquarters(reference: MissionReference): Markup {
  if (reference.headquarters) return html`${placeName(reference.headquarters, "fr")}`;
  return reference.area ? html`${areaName(reference.area, "fr")}` : html`—`;
}

/** "2013–2023", "depuis 1948", "1945–…": les années des dates d'une mission, pour une cellule\u00a0; "…" pour une date inconnue. */
function span({ start_date: start, end_date: end, running }: MissionReference): string {
  const [from, to] = [start?.slice(0, 4), end?.slice(0, 4)];
  if (from && to) return from === to ? from : `${from}–${to}`;
  if (from) return running ? `depuis ${from}` : `${from}–…`;
  if (to) return `…–${to}`;
  return "inconnues";
}

export default missionsIndexPage;
