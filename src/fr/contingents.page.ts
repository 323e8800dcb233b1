/*
 * Une force qui fond, édition française: the same figures, charts and tables as the English page
 * (src/contingents.page.ts, src/components/force-page.ts), with the prose written in French.
 */
import { contingentsSection, strengthSection } from "../components/force-page.js";
import { formatter } from "../components/format.js";
import { citation } from "../components/lists.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";

const f$ = formatter("fr");
const page = "/fr/contingents";

const forcePage: PageTemplate = (context) => {
  const f = context.story().force;
  const w = context.story().withdrawal;
  const { military, police } = f.ceilings;
  const share = (part: number, whole: number) => f$.share(part / whole, { digits: 1 });
  return {
    title: "Une force qui fond",
    body: html`# Une force qui fond

Les derniers plafonds autorisés de la mission étaient de ${f$.number(military.authorized)} soldats et
${f$.number(police.authorized)} policiers, signalés pour la première fois le ${f$.date(military.since.date)}
(${citation(military.since, "fr")}) et encore donnés le ${f$.date(military.latest.date)}
(${citation(military.latest, "fr")}). Aucune série publiée de ses effectifs mois par mois n'a pu être trouvée
pour ce rapport\u00a0: le graphique ci-dessous rassemble donc les chiffres que l'ONU, les gouvernements et la presse
ont donnés à l'époque, chacun avec sa source.
${strengthSection(context, f, "fr")}
## Les contingents partis

À partir de 2022, un pays après l'autre a annoncé le départ de ses soldats ou de ses policiers. La table
compte ${f$.number(f.totals.contingents)} contingents de ${f$.count(f.countries, "pays", "pays")}\u00a0;
${f$.number(f.completed)} ${f.completed <= 1 ? "est enregistré comme parti" : "sont enregistrés comme partis"}, les autres avec le
départ prévu par leur gouvernement, ou sans aucune date.
${contingentsSection(context, f, "fr")}
## Une «\u00a0baisse de 17\u00a0%\u00a0»\u00a0?

L'article du *Monde* auquel répond ce rapport (juin 2023) affirmait que les retraits de contingents avaient
réduit de 17\u00a0% les effectifs de la mission. Ce que ces tables permettent de dire\u00a0: les contingents sur le départ
recensés ici totalisent **${f$.number(f.totals.all)}** membres du personnel en uniforme (${f$.number(f.totals.military)} soldats,
${f$.number(f.totals.police)} policiers), soit ${share(f.totals.all, f.uniformed.deployed)} des
${f$.number(f.uniformed.deployed)} personnels en uniforme déployés en ${f$.date(f.reference)}
(${citation(f.uniformed, "fr")}). Pour les seuls soldats, ${f$.number(f.totals.military)} représentent
${share(f.totals.military, f.military.deployed)} de ${f$.number(f.military.deployed)}.

Ce qu'elles ne permettent pas de dire\u00a0:

- **Les dates diffèrent.** Les départs de la table s'étalent de 2022 à la fin de 2023, avant et après février
  2023, et la plupart sont des projets, non des départs constatés.
- **Les effectifs sont arrondis.** La plupart sont des chiffres «\u00a0environ\u00a0» tirés d'annonces, non les décomptes de l'ONU.
- **Les relèves ne sont pas comptées.** D'autres pays ont aussi envoyé des troupes\u00a0; une baisse des effectifs est
  un chiffre net, qui demanderait les contributions mensuelles de l'ONU par pays, indisponibles ici.
- **Le dénominateur est un choix.** Rapportés à l'ensemble du personnel, civils compris, ou au plafond autorisé,
  les mêmes départs donnent d'autres pourcentages.

Les cartes de déploiement de l'ONU, telles que Geo-PKO les code, ajoutent un élément, et aucun décompte. Elles
montrent ${f$.number(w.maps.countriesLast)} pays contributeurs sur les cartes de ${w.maps.to}, contre
${f$.number(w.maps.countriesFirst)} en ${w.maps.from}, et ${f$.number(w.maps.departingDrawnLast)} des
${f$.number(w.maps.departing)} pays recensés plus haut y figurent encore en ${w.maps.to}\u00a0: un pays compte comme présent
si une carte de l'année montre l'une de ses unités, si bien que les cartes ne voient partir un contingent que l'année
qui suit son départ. Leurs effectifs sont des estimations tirées des symboles d'unités, non des personnes
(${sectionAnchor(page, "/withdrawal", "le retrait")} les montre année par année).

Les tables ne peuvent donc ni confirmer ni réfuter les 17\u00a0%\u00a0: elles montrent des départs du bon ordre de grandeur,
sans qu'aucune définition ne reproduise exactement le chiffre.

Voir aussi\u00a0: ${sectionAnchor(page, "/", "le bilan")} · ${sectionAnchor(page, "/flights", "les vols refusés")} · ${sectionAnchor(page, "/withdrawal", "le retrait")} · ${sectionAnchor(page, "/claims", "les chiffres vérifiés")}
`,
  };
};

export default forcePage;
