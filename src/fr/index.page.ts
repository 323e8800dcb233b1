/*
 * Le bilan, édition française: the story's first page, from the same figures, charts and tables as
 * the English page (src/index.page.ts, src/components/toll-page.ts), with the prose written in
 * French. The claims ledger and the methodology page exist in English only for now: the links to
 * them say so.
 */
import { unDocumentUrl } from "../../data-loaders/source-policy.js";
import { sources } from "../../data-loaders/sources.js";
import { STORY_MISSION } from "../components/figures/toll.js";
import { theMission } from "../components/i18n/mission-names.js";
import { formatter } from "../components/format.js";
import { categoryLabel } from "../components/i18n/categories.js";
import { cite, citation, timeline } from "../components/lists.js";
import { block, href, html, type Markup } from "../components/markup.js";
import { missionPagePath } from "../components/metrics/missions.js";
import type { PageContext, PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";
import { statementsChart, statementsFinding } from "../components/statements-section.js";
import { tollCharts } from "../components/toll-page.js";

const f$ = formatter("fr");
const page = "/fr/index";

/** How the UN's other categories of death read in a French sentence. */
const causePhrases: Record<string, string> = {
  Accident: "dans des accidents",
  Illness: "de maladie",
  "Self-Inflicted": "de causes que l'ONU classe comme auto-infligées",
  "To Be Determined": "de causes encore à déterminer",
  Unknown: "de causes que l'ONU enregistre comme inconnues",
};

/** Les décès qui ne sont pas dus à des actes malveillants, chaque catégorie de l'ONU qui en compte, la plus lourde d'abord. */
function otherCausesSentence(otherCauses: Record<string, number>): string {
  const causes = Object.entries(otherCauses).sort(([, a], [, b]) => b - a);
  if (causes.length === 0) return "Aucun décès n'est enregistré pour une autre cause.";
  const phrases = causes.map(([category, count]) => {
    const phrase = causePhrases[category];
    if (!phrase)
      throw new Error(`the French story has no wording for the UN's incident type "${category}" (${categoryLabel(category, "fr")})`);
    return `${phrase} (${f$.number(count)})`;
  });
  return `Les autres sont morts ${f$.list(phrases)}.`;
}

/** Le titre, le bilan et ses graphiques\u00a0: du seul fichier de l'ONU. */
function tollSection(context: PageContext): Markup {
  const f = context.story().toll;
  const lede =
    f.rankMalicious === 1
      ? html`Aucune mission de l'ONU n'a perdu autant des siens dans des attaques délibérées que celle déployée au Mali.`
      : html`La mission de l'ONU au Mali se classe au ${f$.ordinal(f.rankMalicious)} rang de toutes ses missions pour les morts dans des attaques délibérées.`;
  return html`# ${f.mission}\u00a0: ${f.years} ans, ${f$.number(f.all)} morts

<p class="lede">${lede}</p>

${f$.fromTo(f.firstDate, f.lastDate).replace(/^du/, "Du")}, les Nations unies ont enregistré
**${f$.number(f.all)} décès** parmi les soldats, les policiers et le personnel civil de leur Mission
multidimensionnelle intégrée pour la stabilisation au Mali. **${f$.number(f.malicious)}** d'entre eux
(${f$.share(f.maliciousShare)}) ont été tués dans ce que l'ONU classe comme des actes malveillants, c'est-à-dire
des attaques délibérées. ${otherCausesSentence(f.otherCauses)}

L'année civile la plus meurtrière a été ${f.deadliest.year}, avec ${f$.number(f.deadliest.all)} morts,
dont ${f$.number(f.deadliest.malicious)} dans des attaques. Parmi les ${f$.number(f.missions)} missions, bureaux et autres entrées du fichier
de l'ONU, qui remonte à 1948, ${theMission(f.mission)} se classe au **${f$.ordinal(f.rankMalicious)}** rang pour les morts dans des
actes malveillants, devant ${theMission(f.nextByMalicious.mission)} (${f$.number(f.nextByMalicious.fatalities)}).
Toutes causes confondues, elle se classe au ${f$.ordinal(f.rankAll)} rang${f.rankAll > 1 ? html`, derrière ${theMission(f.deadliestMission.mission)} (${f$.number(f.deadliestMission.fatalities)})` : ""}.

Le 16 juin 2023, le ministre malien des affaires étrangères a demandé au Conseil de sécurité le retrait
sans délai de la mission (${cite("https://press.un.org/en/2023/sc15325.doc.htm", "le communiqué de l'ONU sur cette séance, en anglais")}).
Le 30 juin, le Conseil a mis fin au mandat par la résolution 2690 et donné à la mission jusqu'au
31 décembre 2023 pour partir (${citation({ report: "S/RES/2690 (2023)", source_url: unDocumentUrl("S/RES/2690 (2023)") }, "fr")}, le texte de la résolution).
${tollCharts(context, "fr")}
`;
}

const tollPage: PageTemplate = (context) => ({
  title: "Le bilan",
  // Chaque partie échoue seule dans l'aperçu\u00a0: une ligne fautive de la chronologie laisse le bilan en place.
  body: html`${context.part("the toll", () => tollSection(context))}
## Le bilan tel qu'il a été annoncé

*Le Monde* a écrit que 187 soldats avaient été tués en dix ans, un chiffre que le fichier de l'ONU ne donne pas
(${sectionAnchor(page, "/claims", "le registre des chiffres vérifiés", "#claim-soldiers-killed-187")} montre ce qu'il donne à la place).
${context.part("the toll as it was told", () => {
  const f = context.story().statements;
  return html`${statementsFinding(f, "fr")} La section «\u00a0${sectionAnchor(page, "/claims", "Pourquoi 187", "#pourquoi-187")}\u00a0» de la page des
chiffres vérifiés détaille chaque déclaration et dit ce que la comparaison peut montrer et ce qu'elle ne peut pas montrer.
${statementsChart(context, f, "fr")}`;
})}
## Chronologie

De la crise de 2012 à la fin du retrait, chaque événement avec sa source (les notes sont en anglais). Les
dernières années de la mission font l’objet de 2 autres pages\u00a0: ${sectionAnchor(page, "/flights", "les autorisations de vol que le Mali n'a pas accordées")} et
${sectionAnchor(page, "/contingents", "une force qui fond")}. ${sectionAnchor(page, "/claims", "Les chiffres vérifiés")} confrontent
les chiffres publiés sur la mission aux tableaux du rapport. La même analyse du bilan existe pour
${sectionAnchor(page, missionPagePath(STORY_MISSION), `la ${STORY_MISSION}, sur sa propre page`)}, et pour ${sectionAnchor(page, "/missions/", "toutes les autres missions")}.
${context.part("timeline", () => block(html`<div class="timeline-wrap">${timeline(context.events(), "fr")}</div>`))}
## Comment ces chiffres sont comptés

Une ligne du fichier de l'ONU correspond à une personne morte alors qu'elle servait dans une mission de l'ONU. Le
rapport compte des personnes, pas des lignes\u00a0: une ligne qui répète un identifiant de victime déjà vu est écartée.
Les années sont les années civiles de l'incident. «\u00a0Acte malveillant\u00a0» est la catégorie de l'ONU elle-même\u00a0; les
décès qu'elle classe encore «\u00a0à déterminer\u00a0» ne sont pas comptés comme des attaques. Le tableau dont ces chiffres
sont tirés, une ligne par personne, est publié avec le rapport\u00a0: <a href="../data/tables/casualties.csv" download>casualties.csv</a>
(le fichier de l'ONU, vérifié et mis en ordre comme décrit ici\u00a0; ses valeurs restent celles de l'ONU, en anglais).

## Sources
${block(html`<ul>${Object.values(sources).map((s) => html`<li><a href="${href(s.datasetPage)}" lang="en">${s.title}</a>, <span lang="en">${s.publisher}</span>. Copie du ${f$.date(s.retrieved)}\u00a0; ${sectionAnchor(page, "/methodology", "comment elle est figée", "#sources")}.</li>`)}</ul>`)}
`,
});

export default tollPage;
