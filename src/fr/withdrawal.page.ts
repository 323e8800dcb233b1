/*
 * Le retrait, édition française: the same figures, charts and tables as the English page
 * (src/withdrawal.page.ts, src/components/withdrawal-page.ts), with the prose written in French.
 */
import { ofFrench } from "../components/i18n/elision.js";
import { storyAnnotations } from "../components/annotations.js";
import { formatter } from "../components/format.js";
import { statedNumber, statedOn } from "../components/i18n/figure-words.js";
import type { FigureQualifier } from "../../data-loaders/figure-fields.js";
import { citation } from "../components/lists.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";
import { contributorsSection, personnelLeftSection, placesSection, sitesSection } from "../components/withdrawal-page.js";

const f$ = formatter("fr");
const page = "/fr/withdrawal";

const withdrawalPage: PageTemplate = (context) => {
  const f = context.story().withdrawal;
  const { sites, left, maps } = f;
  const annotations = storyAnnotations(context, "fr");
  const stated = (row: { personnel: number; qualifier: FigureQualifier }) => statedNumber(row.personnel, row.qualifier, "fr");
  return {
    title: "Le retrait",
    body: html`# Le retrait

Le Conseil de sécurité a mis fin au mandat de la mission le 30 juin 2023 et lui a laissé jusqu'au 31 décembre pour
quitter le pays. Au début du retrait, la MINUSMA occupait **${f$.number(sites.total)} sites**\u00a0: ${f$.number(sites.camps)} camps
et ${f$.count(sites.total - sites.camps, "base temporaire", "bases temporaires")}. Le premier, ${sites.first.site_fr}, a été remis ${statedOn(sites.first.closed, sites.first.date_precision, "fr")}
(${citation(sites.first, "fr")})\u00a0; fin décembre, ${f$.number(sites.closedIn2023)} des ${f$.number(sites.total)} avaient
été fermés, le dernier étant ${sites.last.site_fr}, ${statedOn(sites.last.closed, sites.last.date_precision, "fr")} (${citation(sites.last, "fr")}).
${sitesSection(context, f, "fr")}
## Le personnel parti

La mission, l'ONU et les agences qui en rendaient compte ont donné, au fil du retrait, le nombre de membres de son
personnel partis du Mali depuis le 1er juillet. Au ${f$.date(left.latest.date)}, ${stated(left.latest)} étaient partis,
selon le décompte ${ofFrench(left.latest.stated_by_fr)} (${citation(left.latest, "fr")})${
      left.toLeave
        ? html`, sur les ${f$.number(left.toLeave.personnel)} que le retrait concernait selon le décompte de la mission
(${citation(left.toLeave, "fr")})`
        : ""
    }.
${personnelLeftSection(context, f, "fr")}

## Où se trouvait la mission

Avant le retrait, la mission était déployée dans le nord et le centre du Mali. Geo-PKO, un jeu de données de
l'université d'Uppsala codé d'après les cartes de déploiement de l'ONU, place ses unités dans
${f$.number(maps.placesFirst)} localités en ${maps.from} et ${f$.number(maps.placesLast)} en ${maps.to}.
${placesSection(context, f, annotations, "fr")}

## Qui était là

Les mêmes cartes donnent le pays de chaque unité. Pays figurant sur au moins une carte de l'année\u00a0:
${f$.number(maps.countriesFirst)} en ${maps.from}, ${f$.number(maps.countriesLast)} en ${maps.to}.
${contributorsSection(context, f, annotations, "fr")}

Ce que les cartes peuvent dire de la «\u00a0baisse de 17\u00a0%\u00a0» rapportée par l'article\u00a0: quels pays avaient des
unités, et où, année par année, et que ${f$.partOf(maps.departingDrawnLast, maps.departing, "pays", "pays")} ayant
annoncé le départ de leur contingent ${maps.departingDrawnLast === 1 ? "figure" : "figurent"} encore sur les cartes de ${maps.to}. Ce qu'elles ne peuvent pas dire\u00a0: les
cartes d'une année n'en sont que quelques instantanés, un pays y compte comme présent si une seule carte de l'année
le montre, et les effectifs sont estimés d'après les symboles. Elles ne comptent pas les personnes, et ne peuvent donc
ni confirmer ni réfuter un pourcentage\u00a0; c'est ${sectionAnchor(page, "/contingents", "la page sur les contingents partis")} qui en juge.

Voir aussi\u00a0: ${sectionAnchor(page, "/contingents", "une force qui fond")} · ${sectionAnchor(page, "/claims", "les chiffres vérifiés")} · ${sectionAnchor(page, "/methodology", "les données")}
`,
  };
};

export default withdrawalPage;
