/*
 * La page d'une mission, édition française: the same figures and charts as the English page
 * (src/components/mission-page.ts), with the prose written in French. The mission's full name,
 * its area and the curated note exist only in English in the sources the report reads; they are
 * shown as such, marked `lang="en"`.
 */
import type { MissionReference } from "../../../data-loaders/mission-reference.js";
import { capitalize, formatter } from "../../components/format.js";
import { missionText } from "../../components/i18n/mission-text.js";
import { frenchAcronym, frenchNaming, ofTheMission, theMission } from "../../components/i18n/mission-names.js";
import { citation } from "../../components/lists.js";
import { areaName, placeName } from "../../components/i18n/places.js";
import { html, type Markup } from "../../components/markup.js";
import { listCorrections, missionCharts, missionLocator } from "../../components/mission-page.js";
import type { PageTemplate } from "../../components/page.js";
import { sectionAnchor } from "../../components/site-nav.js";

const f$ = formatter("fr");
const text = missionText.fr;

/** Each kind of mission in French, as the attribute of its first sentence. */
const kinds: Record<MissionReference["kind"], string> = {
  "peacekeeping operation": "une opération de maintien de la paix",
  "political mission": "une mission politique",
  office: "un bureau",
  "not a mission": "une entité qui n'est pas une mission",
};

const missionPage: PageTemplate = (context, { mission: slug }) => {
  const f = context.missions().bySlug.get(slug);
  if (!f) throw new Error(`aucune mission n'a le nom de page "${slug}" dans le fichier des décès de l'ONU`);
  const { mission, reference } = f;
  const span = f.firstDate === f.lastDate ? `le ${f$.date(f.firstDate)}` : f$.fromTo(f.firstDate, f.lastDate);
  const named = frenchAcronym(mission);
  return {
    title: `${named}\u00a0: le bilan`,
    body: html`# ${named}\u00a0: le bilan

${identity(reference)}
${listCorrections(context.referenceCuration().operation_corrections, mission, "fr")}
${outsideDates(f.outsideDates)}
${missionLocator(context, f, "fr")}

Le registre de l'ONU compte **${f$.count(f.all, "mort", "morts")}** au service ${inTheServiceOf(mission, reference.kind)}, ${span}.
${text.malicious(f)}
${text.deadliest(f)}
${text.personnel(f)}
${text.nationalities(f)}

${text.rank(f)}
${missionCharts(context, f, "fr")}
Source\u00a0: Nations unies, décès de membres des opérations de paix (DPPADPOSS-FATALITIES)\u00a0; voir ${sectionAnchor(`/fr/missions/${slug}`, "/", "les sources du rapport", "#sources")}. [Toutes les missions](./) · ${sectionAnchor(`/fr/missions/${slug}`, "/", "le récit sur la MINUSMA")}
`,
  };
};

/**
 * Au service de qui\u00a0: la mission par son nom français\u00a0; une entrée sans nom français par ce
 * qu'elle est («\u00a0du bureau UNOWA\u00a0»), et l'entrée qui n'est pas une mission au service de l'ONU même.
 */
function inTheServiceOf(acronym: string, kind: MissionReference["kind"]): string {
  if (frenchNaming(acronym)) return ofTheMission(acronym);
  return {
    "peacekeeping operation": `de la mission ${acronym}`,
    "political mission": `de la mission ${acronym}`,
    office: `du bureau ${acronym}`,
    "not a mission": `de l'ONU (entrée ${acronym} du fichier)`,
  }[kind];
}

/** Ce qu'est une entrée du fichier sans nom français sourcé, avec son article. */
const unnamed: Record<MissionReference["kind"], string> = {
  "peacekeeping operation": "La mission",
  "political mission": "La mission",
  office: "Le bureau",
  "not a mission": "L’entrée",
};

/**
 * Ce qu'était la mission, où et quand, d'après sa ligne du tableau de référence\u00a0; son nom
 * officiel en français, avec sa source, là où la table des noms français en donne un.
 */
function identity(reference: MissionReference): Markup {
  const french = frenchNaming(reference.acronym);
  const english = html`<span lang="en">${reference.name}</span>`;
  const named = french
    ? html`${capitalize(theMission(reference.acronym))} (**${french.name_fr}**, source\u00a0: ${citation(french, "fr", { byHost: true })}\u00a0; en anglais ${english}, ${reference.acronym})`
    : html`${unnamed[reference.kind]} ${reference.acronym} (**${english}**, nom anglais)`;
  const is = reference.running ? "est" : "a été";
  const where = reference.headquarters
    ? // "à Genève et à Damas": French repeats the preposition before each town.
      html`\u00a0; son quartier général ${reference.running ? "est" : "était"} à ${placeName(reference.headquarters, "fr").replaceAll(" et ", " et à ")}`
    : reference.area
      ? html`\u00a0; sa zone d'action\u00a0: ${areaName(reference.area, "fr")}`
      : "";
  // "n'est pas une mission depuis 1945" would say it stopped being one: such an entry exists since its date.
  const what =
    reference.kind === "not a mission"
      ? `n'est pas une mission\u00a0; elle ${reference.running ? "existe" : "a existé"} ${when(reference)}`
      : `${is} ${kinds[reference.kind]} ${when(reference)}`;
  return html`${named} ${what}${where}.${
    reference.combines
      ? ` Cette ligne de la liste de l'ONU additionne ses phases, ${frenchPhases(reference)}, que la liste donne aussi une à une.`
      : ""
  }
${reference.note ? html`Note (en anglais)\u00a0: <span lang="en">${reference.note}</span> ` : ""}Source\u00a0: ${referenceSource(reference)}.`;
}

function when({ start_date: start, end_date: end, running }: MissionReference): string {
  if (start && end) return f$.fromTo(start, end);
  if (start) return running ? f$.since(start) : `${f$.startingFrom(start)}\u00a0; sa fin n'est pas dans la source`;
  if (end) return `jusqu'au ${f$.date(end)}\u00a0; la liste de l'ONU ne donne pas de début`;
  return "à des dates inconnues\u00a0: la liste de l'ONU n'en donne pas, et aucune autre source n'a été trouvée";
}

/** Les phases d'une mission sous son sigle français\u00a0: «\u00a0FUNU I, FUNU II\u00a0» pour UNEF I, UNEF II. */
function frenchPhases({ acronym, combines }: MissionReference): string {
  const phases = (combines ?? "").split(", ").map((phase) => phase.replace(new RegExp(`\\b${acronym}\\b`), frenchAcronym(acronym)));
  return f$.list(phases);
}

/** Le lien dit ce qu'il ouvre: la liste de l'ONU, un document de l'ONU par sa cote, ou le site d'une page. */
function referenceSource(reference: MissionReference): Markup {
  if (reference.listed_by === "UN list of operations")
    return html`[la liste des opérations de maintien de la paix de l'ONU](${reference.source_url})`;
  if (reference.report) return html`[le document de l'ONU ${reference.report}](${reference.source_url})`;
  return html`[la page citée, sur ${new URL(reference.source_url).hostname}](${reference.source_url})`;
}

function outsideDates({ before, after }: { before: number; after: number }): Markup {
  if (before === 0 && after === 0) return html``;
  const parts = [
    before ? `${f$.count(before, "décès antérieur", "décès antérieurs")} à la date de début ci-dessus` : "",
    after ? `${f$.count(after, "décès postérieur", "décès postérieurs")} à la date de fin ci-dessus` : "",
  ].filter(Boolean);
  return html`Sous le nom de cette mission, le fichier des décès de l'ONU compte ${f$.list(parts)}.`;
}

export default missionPage;
