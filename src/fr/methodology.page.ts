/*
 * Les données, édition française: the same tables, descriptions, sources and corrections as the
 * English page (src/methodology.page.ts, src/components/methodology-page.ts), with the prose and
 * the tables' descriptions written in French (src/components/i18n/table-docs.ts).
 */
import { html } from "../components/markup.js";
import { correctionsSection, republishers, sourcesByKindTable, sourcesList, tableSection } from "../components/methodology-page.js";
import type { PageTemplate } from "../components/page.js";
import { sectionAnchor } from "../components/site-nav.js";

const page = "/fr/methodology";

const methodologyPage: PageTemplate = (context) => {
  const describe = (name: string) => tableSection(context, name, "fr");
  return {
    title: "Les données",
    toc: true,
    body: html`# Les données

Chaque chiffre de ce rapport est calculé à partir des fichiers listés ici\u00a0:
des fichiers de données publiés par les Nations unies et par l'université d'Uppsala (Geo-PKO), chacun figé par
son empreinte, et des tableaux établis d'après des
rapports publiés, dont chaque ligne nomme sa source. Chaque tableau est publié tel que les graphiques l'ont utilisé,
pour que chacun puisse vérifier un chiffre ou reprendre le travail.

## Comment citer

Citez le rapport sous le titre *MINUSMA\u00a0: la fin de la mission de l'ONU au Mali*, avec l'adresse de la page
utilisée, et les données sous la forme «\u00a0Source\u00a0: Nations unies, décès de membres des opérations de paix
(DPPADPOSS-FATALITIES)\u00a0» pour les décès et, pour le reste, sous le nom de la source que donne la ligne du tableau.

## Sources
${sourcesList("fr")}
Les tableaux établis d'après des sources publiées, plus bas, citent une source publiée par ligne (leur colonne \`source_url\`,
ou \`source_title\` pour un article dont l'adresse n'est pas connue).

## Comment les sources sont choisies

Chaque ligne d'un de ces tableaux cite la meilleure source trouvée et dit de quel type elle est\u00a0:

- **\`primary\`** (primaire)\u00a0: le document de l'ONU lui-même, ou une déclaration de la mission, de l'ONU ou d'un
  gouvernement. Chaque fois qu'une ligne nomme un document de l'ONU, la page relie sa cote au document sur le site de
  l'ONU (undocs.org), et montre à part toute autre page où le chiffre a été lu.
- **\`agency\`** (agence)\u00a0: une dépêche d'agence (AFP, Reuters, AP, dpa), nommée dans la note de la ligne quand un
  média la publie\u00a0; la même dépêche sur la page d'un agrégateur est un article repris.
- **\`press\`** (presse)\u00a0: le travail propre d'un journal ou d'un média audiovisuel.
- **\`republished\`** (reprise)\u00a0: la page d'un site qui reprend les articles d'autres médias (${republishers("fr")}). Une telle ligne n'est gardée qu'avec une note qui dit de qui est l'article repris, ou
  que la page ne nomme pas son premier éditeur\u00a0; une ligne qui cite l'un de ces sites sous un autre type est refusée.
- **\`other\`** (autre)\u00a0: tout le reste. Une telle ligne n'est gardée qu'avec une note qui dit pourquoi rien de
  mieux n'a été trouvé\u00a0; ce sont surtout des chiffres qu'un site d'information reprend d'un rapport de l'ONU dont le
  texte même n'a pas été trouvé.

Les miroirs de documents (Scribd, docslib), les copies de Wikipédia et Wikipédia elle-même, les fermes de contenus et
les relais d'indexation ne sont jamais cités, quel que soit le type. Une source est citée à l'adresse simple de sa page\u00a0:
sans paramètres de suivi ni AMP, sans barres obliques doublées. Les liens ouvrent la page de la source elle-même\u00a0; quand la rédaction en a enregistré une copie dans une
archive du web, la ligne la garde aussi (\`archive_url\`).
${sourcesByKindTable(context, "fr")}

## Les tableaux

Les téléchargements sont des CSV simples, qu'un tableur ouvre sans risque\u00a0: une cellule de texte qu'un tableur
prendrait pour une formule (qui commence par =, +, -, @, une tabulation ou un retour chariot, et n'est pas un
nombre) est écrite précédée d'une apostrophe, qui l'affiche comme le texte qu'elle est. Aucun nombre n'est modifié.
Les noms des tableaux, des colonnes et des catégories sont ceux des fichiers, en anglais\u00a0; les notes des sources
aussi.

### \`casualties\`\u00a0: les morts

${describe("casualties")}

### \`flights\`\u00a0: les autorisations non accordées

${describe("flights")}

### \`strength\`\u00a0: les effectifs de la mission

${describe("strength")}

### \`contingents\`\u00a0: les contingents partis, sur le départ ou suspendus

${describe("contingents")}

### \`events\`\u00a0: la chronologie

${describe("events")}

### \`sites\`\u00a0: les 13 sites tenus au début du retrait

${describe("sites")}

### \`withdrawal\`\u00a0: le personnel parti

${describe("withdrawal")}

### \`toll_statements\`\u00a0: le bilan tel qu'annoncé à l'époque

${describe("toll_statements")}

### \`deployments\`\u00a0: où chaque mission était déployée

${describe("deployments")}

### \`deployment_contributors\`\u00a0: qui était déployé où

${describe("deployment_contributors")}

### \`missions\`\u00a0: toutes les missions comparées

${describe("missions")}

### \`mission_reference\`\u00a0: ce qu'était chaque mission

${describe("mission_reference")}

### \`claims\`\u00a0: le registre des chiffres vérifiés

<a href="../data/tables/claims.json" download>claims.json</a> (JSON\u00a0: chaque affirmation avec sa source, sa
définition, la valeur calculée, le verdict et les autres définitions, dans les deux langues\u00a0; et les chiffres que
donne le récit). ${sectionAnchor(page, "/claims", "La page des chiffres vérifiés")} le présente.

## Les corrections

Toute modification d'un chiffre que le rapport avait déjà publié est consignée ici, avec la date, l'ancienne et
la nouvelle valeur, la raison et sa source (<a href="../data/tables/corrections.csv" download>corrections.csv</a>).
${correctionsSection(context, "fr")}
## Vérifier une copie

Chaque chiffre peut être recalculé à partir des sources ci-dessus, avec le même résultat. Les dates de ces pages
viennent des sources, jamais du jour de leur publication. La <a href="../manifest.json" rel="external">liste des fichiers</a>
(manifest.json) donne chaque fichier source et chaque fichier publié avec son empreinte (sha256), de sorte qu'une
copie du rapport peut être confrontée aux sources.
`,
  };
};

export default methodologyPage;
