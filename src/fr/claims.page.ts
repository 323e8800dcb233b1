/*
 * Les chiffres vérifiés, édition française: the same ledger, statements and tolls as the English
 * page (src/claims.page.ts, src/components/claims-page.ts), with the prose written in French. Le
 * Monde's article could not be read for this report, so its claims are the project's French for
 * them, and the page says so; Reuters' are quoted from the dispatch of its French service.
 */
import { ledger, tollVariant, valueIn } from "../components/claims-page.js";
import { ABOUT_TOLERANCE, type Verdict } from "../components/claims/verdicts.js";
import { LE_MONDE } from "../components/claims/catalogue.js";
import { formatter } from "../components/format.js";
import { html } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";
import { statementsChart, statementsFinding, statementsLead, statementsLimits, statementsTable } from "../components/statements-section.js";

const f$ = formatter("fr");
const page = "/fr/claims";

const claimsPage: PageTemplate = (context) => {
  const { claims } = context.ledger();
  const statements = context.story().statements;
  const count = (verdict: Verdict) => f$.number(claims.filter((c) => c.verdict === verdict).length);
  const tolls = claims.find((c) => c.id === "reuters-303-killed");
  const variant = (definition: string) => tollVariant(claims, definition, "fr");
  // The article's dates the ledger tests; its other dates (a speech, a report) are not claims about the data.
  const articleDates = claims.filter((c) => c.claimant === LE_MONDE && c.stated.kind === "date").length;
  if (!tolls?.primary) throw new Error("the claims ledger has no computed value for the claim reuters-303-killed");
  return {
    title: "Les chiffres vérifiés",
    body: html`# Les chiffres à l'épreuve des données

Ce rapport répond à un article publié par *Le Monde* en juin 2023, quand le Mali a demandé à l'ONU de retirer sa
mission. Ce registre reprend les nombres que l'article avance sur le bilan, les effectifs, les vols, les enquêtes
et les morts de Moura, ${f$.number(articleDates)} de ses dates, et les chiffres concurrents publiés par d'autres médias, et confronte
chacun aux tableaux du rapport. Les autres chiffres et dates de l'article ne sont pas vérifiés\u00a0: les 16 mois
écoulés depuis que le Mali a exigé le départ des soldats français, le coup d'État d'août 2020, la demande du 16 juin,
les deux expulsions, les discours et les rapports qu'il cite. Sur ${f$.number(claims.length)} affirmations,
**${count("matches")}** concordent avec les données, **${count("differs")}** s'en écartent et
**${count("not checkable with the data at hand")}** ne peuvent pas être vérifiées avec les données disponibles.

Chaque affirmation est testée selon une seule définition, choisie d'après ses termes avant tout calcul (les
«\u00a0soldats\u00a0» sont le personnel militaire de l'ONU\u00a0; «\u00a0environ\u00a0» admet un écart de ${f$.share(ABOUT_TOLERANCE)}
dans un sens ou dans l'autre). D'autres définitions plausibles figurent à côté, avec leur écart à l'affirmation\u00a0;
elles ne remplacent jamais la première pour donner raison à une affirmation. Ouvrez une affirmation pour voir le calcul.

Un verdict ne repose que sur une source indépendante de l'affirmation\u00a0: un chiffre que les tableaux ne
contiennent que tel que l'article l'a rapporté ne peut pas vérifier l'article. Chaque affirmation indique la source
sur laquelle repose son verdict.

**Les termes des affirmations.** Les affirmations du *Monde* sont citées d'après l'édition anglaise de l'article et
traduites\u00a0; quand l'article attribue un chiffre à quelqu'un («\u00a0note l'ONU dans son dernier rapport\u00a0»), le
registre le dit, et cette attribution est celle de l'article. Celles de Reuters
sont citées telles que les formule la dépêche de son service français\u00a0; celles de l'Associated Press et de military.africa,
parues en anglais, sont traduites.
${ledger(claims, "fr")}
## Pourquoi 187

${statementsLead(statements, "fr")} ${statementsFinding(statements, "fr")}
${statementsChart(context, statements, "fr")}
${statementsTable(statements, "fr")}
${statementsLimits.fr}

## Pourquoi les bilans publiés diffèrent

Le même fichier donne des bilans très différents selon qui l'on compte et de quoi ils sont morts. Jusqu'au jour où
le Mali a demandé le départ de la mission, le fichier de l'ONU, dans son état actuel, compte ${valueIn(tolls.primary.value, "fr")} morts parmi
l'ensemble de son personnel au Mali\u00a0; ${variant("all personnel, malicious acts")} d'entre eux dans des actes malveillants\u00a0;
${variant("military personnel, all causes")} parmi le personnel militaire, et ${variant("military personnel, malicious acts")}
militaires tués dans des actes malveillants. Un journaliste qui écrit «\u00a0Casques bleus tués\u00a0» peut désigner
n'importe lequel de ces chiffres. Les dates jouent aussi\u00a0: l'édition du fichier de l'ONU utilisée ici porte
une mise à jour d'avril 2025, 2 ans après les chiffres publiés en 2023\u00a0; même à définition égale, les deux
peuvent différer si des lignes ont été ajoutées ou reclassées entre-temps.

Voir aussi\u00a0: ${sectionAnchor(page, "/", "le bilan")} · ${sectionAnchor(page, "/flights", "les autorisations de vol non accordées")} · ${sectionAnchor(page, "/contingents", "une force qui fond")}
`,
  };
};

export default claimsPage;
