/*
 * Une force qui fond, édition française: the same figures, charts and tables as the English page
 * (src/contingents.page.ts, src/components/force-page.ts), with the prose written in French.
 */
import { departureStatuses, type DepartureStatus } from "../../data-loaders/contingents.js";
import { contingentsSection, strengthSection } from "../components/force-page.js";
import { statedNumber, statedPercent } from "../components/i18n/figure-words.js";
import { formatter } from "../components/format.js";
import { citation } from "../components/lists.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";

const f$ = formatter("fr");
const page = "/fr/contingents";

/** How the opening sentence counts the contingents in each state of departure. */
const statusWords: Record<DepartureStatus, (n: number) => string> = {
  completed: (n) => (n > 1 ? "enregistrés comme partis" : "enregistré comme parti"),
  "under way": () => "sur le départ",
  planned: () => "avec un départ prévu (ou annoncé sans date)",
  suspended: (n) => (n > 1 ? "qui ont suspendu leurs activités sans partir" : "qui a suspendu ses activités sans partir"),
};

const forcePage: PageTemplate = (context) => {
  const f = context.story().force;
  const w = context.story().withdrawal;
  const { military, police } = f.ceilings;
  const statuses = f$.list(
    departureStatuses
      .filter((status) => f.byStatus[status] > 0)
      .map((status) => `${f$.number(f.byStatus[status])} ${statusWords[status](f.byStatus[status])}`),
  );
  return {
    title: "Une force qui fond",
    body: html`# Une force qui fond

Les derniers plafonds autorisés de la mission étaient de ${f$.number(military.authorized)} soldats et
${f$.number(police.authorized)} policiers, fixés le ${f$.date(military.since.date)}
(${citation(military.since, "fr")}) et toujours en vigueur le ${f$.date(military.latest.date)}
(${citation(military.latest, "fr")}). Aucune série publiée des effectifs mensuels de la mission par contingent
n'a été trouvée\u00a0: le graphique ci-dessous rassemble donc les chiffres que l'ONU, les gouvernements et la presse
ont donnés à l'époque, chacun avec sa source.
${strengthSection(context, f, "fr")}
## Les contingents sur le départ

À partir de 2022, un pays après l'autre a annoncé le départ de ses soldats ou de ses policiers. Le tableau
compte ${f$.number(f.totals.contingents + f.byStatus.suspended)} contingents de ${f$.count(f.countries, "pays", "pays")}\u00a0:
${statuses}.
${contingentsSection(context, f, "fr")}
## Une «\u00a0baisse de 17\u00a0%\u00a0»\u00a0?

L'article du *Monde* auquel répond ce rapport (juin 2023) affirmait que les retraits de contingents avaient
réduit de 17\u00a0% les effectifs de la mission. Ce que ces tableaux permettent de dire\u00a0: les contingents recensés ici
comme partis ou sur le départ totalisent, en personnel en uniforme, **${statedNumber(f.totals.all, f.totals.qualifier, "fr")}**\u00a0:
${statedNumber(f.totals.military, f.totals.militaryQualifier, "fr")} pour les soldats, ${statedNumber(f.totals.police, f.totals.policeQualifier, "fr")} pour les policiers.
Ce serait ${statedPercent(f.leavingOfTotal.percent, f.leavingOfTotal.qualifier, "fr")} des ${statedNumber(f.total.deployed, f.total.qualifier, "fr")} membres du personnel,
toutes catégories confondues, comptés en ${f$.date(f.reference)} par ${f.total.stated_by_fr} (${citation(f.total, "fr")}), et
${statedPercent(f.leavingOfCeilings.percent, f.leavingOfCeilings.qualifier, "fr")} des ${f$.number(f.ceilingsTogether)} places que les plafonds ouvraient aux militaires et aux
policiers réunis, une limite et non un nombre de personnes présentes.
Aucun décompte des militaires ni des policiers n'est retenu pour ce mois\u00a0: la même page compte ${f$.number(f.ceilingsTogether)} membres
du personnel en uniforme, exactement la somme des deux plafonds, et donne pour les militaires et les policiers des chiffres
dont la somme n'est pas celle-là.

Ce qu'ils ne permettent pas de dire\u00a0:

- **Les dates diffèrent.** Les départs du tableau s'étalent de 2022 à la fin de 2023, avant et après février
  2023, et ${f$.number(f.byStatus.planned)} des ${f$.number(f.totals.contingents)} sont des projets, non des départs constatés.
- **Les effectifs sont arrondis.** ${f$.number(f.roundedSizes)} des ${f$.number(f.totals.contingents)} effectifs sont des chiffres
  «\u00a0environ\u00a0» ou «\u00a0plus de\u00a0» tirés d'annonces, non les décomptes de l'ONU.
- **Les relèves ne sont pas comptées.** D'autres pays ont aussi envoyé des troupes\u00a0; une baisse des effectifs est
  un chiffre net, qui demanderait les chiffres mensuels de l'ONU sur les contingents de chaque pays, dont aucune série publiée n'a été trouvée.
- **Le dénominateur est un choix.** Rapportés à l'ensemble du personnel, civils compris, ou au plafond autorisé,
  les mêmes départs donnent d'autres pourcentages.

Les cartes de déploiement de l'ONU, telles que Geo-PKO les code, apportent un indice, mais aucun décompte. Elles
montrent ${f$.number(w.maps.countriesLast)} pays contributeurs sur les cartes de ${w.maps.to}, contre
${f$.number(w.maps.countriesFirst)} en ${w.maps.from}, et ${f$.partOf(w.maps.departingDrawnLast, w.maps.departing, "pays", "pays")}
recensés plus haut y ${w.maps.departingDrawnLast === 1 ? "figure" : "figurent"} encore en ${w.maps.to}\u00a0: un pays compte comme présent
si une carte de l'année montre l'une de ses unités, si bien que les cartes ne voient partir un contingent que l'année
qui suit son départ. Leurs effectifs sont des estimations tirées des symboles d'unités, non des personnes
(${sectionAnchor(page, "/withdrawal", "le retrait")} les montre année par année).

Les tableaux ne peuvent donc ni confirmer ni réfuter les 17\u00a0%\u00a0: ils montrent des départs du bon ordre de grandeur,
sans qu'aucune définition ne reproduise exactement le chiffre.

Voir aussi\u00a0: ${sectionAnchor(page, "/", "le bilan")} · ${sectionAnchor(page, "/flights", "les autorisations de vol non accordées")} · ${sectionAnchor(page, "/withdrawal", "le retrait")} · ${sectionAnchor(page, "/claims", "les chiffres vérifiés")}
`,
  };
};

export default forcePage;
