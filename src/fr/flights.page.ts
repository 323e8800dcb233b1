/*
 * Les autorisations de vol non accordées, édition française: the same figures, chart and tables as the English page
 * (src/flights.page.ts, src/components/flights-page.ts), with the prose written in French.
 */
import { ofFrench } from "../components/i18n/elision.js";
import { formatter, lowerFirst } from "../components/format.js";
import { flightRows, flightsChart } from "../components/flights-page.js";
import { deniedWords, statedDate, statedPeriod } from "../components/i18n/figure-words.js";
import type { FlightRefusal } from "../components/metrics/flights.js";
import { attributedCitation, citation } from "../components/lists.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";

const f$ = formatter("fr");
const page = "/fr/flights";

const flightsPage: PageTemplate = (context) => {
  const f = context.story().flights;
  const { latest, earlier, withDrones, first, grounding } = f;
  // "à partir d'octobre", "à partir de mars": French elides before a vowel.
  const from = (month: string) => (/^[aeiouy]/.test(month) ? `d'${month}` : `de ${month}`);
  // Ce que contiennent les décomptes des périodes, chaque sorte une fois, dans l'ordre des périodes.
  const countWords = [...new Set(f.refusals.map((row) => deniedWords.fr[row.denied_counts]))];
  const withoutRequests = f.refusals.filter((row) => row.requested === null).length;
  const fromTo = (row: FlightRefusal) => statedPeriod(row.period_start, row.period_end, row.date_precision, "fr", { words: true });
  return {
    title: "Les autorisations de vol non accordées",
    body: html`# Clouée au sol\u00a0: les autorisations de vol que le Mali n'a pas accordées

Une mission de l'ONU répartie dans le nord et le centre du Mali se déplace par les airs\u00a0: les troupes, le
ravitaillement, les évacuations sanitaires et les drones qui surveillent les routes empruntées par ses convois. La
première restriction de ses vols dans la chronologie date du ${statedDate(grounding.date, grounding.date_precision, "fr")}\u00a0: ${lowerFirst(grounding.event_fr.replace(/\.$/, ""))}
(${citation(grounding, "fr")}). Les rapports trimestriels du secrétaire général comptent tantôt les
autorisations refusées, tantôt celles refusées ou restées sans réponse\u00a0; le tableau contient leurs décomptes à partir ${from(f$.date(first.period_start.slice(0, 7)))}.

${fromTo(latest).replace(/^du/, "Du")}, la mission a demandé **${f$.number(latest.requested)}** autorisations de
vol, et **${f$.number(latest.denied)}** ne lui ont pas été accordées, soit ${f$.share(latest.share)}\u00a0:
ce sont les chiffres ${ofFrench(latest.stated_by_fr)} (${citation(latest, "fr")}). Au trimestre précédent, ${fromTo(earlier)}, elle en avait demandé
${f$.number(earlier.requested)}, et ${f$.number(earlier.denied)} avaient été ${deniedWords.fr[earlier.denied_counts]}, soit ${f$.share(earlier.share)},
selon ${attributedCitation(earlier, "fr")}${withDrones ? html`\u00a0; ${f$.number(withDrones.drone_denied)} de ces refus concernaient les drones de surveillance (${citation({ report: withDrones.report, source_url: withDrones.drone_source_url!, source_kind: withDrones.drone_source_kind }, "fr")})` : ""}.
Le premier décompte de ce tableau, ${fromTo(first)}, donne ${f$.number(first.denied)} demandes ${deniedWords.fr[first.denied_counts]},
sans dire combien avaient été faites, selon ${attributedCitation(first, "fr")}.
${flightsChart(context, f, "fr")}
## Ce que les décomptes laissent de côté

Les rapports n'emploient pas la même définition d'un trimestre à l'autre\u00a0: les décomptes portent ici sur les
demandes ${f$.list(countWords)}, chacun dans les termes de sa source, et ${f$.count(withoutRequests, "décompte ne donne", "décomptes ne donnent")}
pas le nombre de demandes. Les périodes ne sont pas contiguës, et les rapports de janvier à octobre 2022 manquent au
tableau, faute d'un compte rendu publié de leurs chiffres. Chaque ligne garde dans sa note les termes de
sa source\u00a0:
${flightRows(context, "fr")}
Voir aussi\u00a0: ${sectionAnchor(page, "/", "le bilan")} · ${sectionAnchor(page, "/contingents", "une force qui fond")} · ${sectionAnchor(page, "/claims", "les chiffres vérifiés")}
`,
  };
};

export default flightsPage;
