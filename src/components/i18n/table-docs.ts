/*
 * The published tables' descriptions as the French edition's methodology page writes them: for
 * each table of data-loaders/table-docs.ts, what a row is, each column's meaning, where the rows
 * come from and what was done to them, written in French. Table and column names, and the values
 * of the categories, are the files' own and stay as they are. A table or a column without its
 * French stops the page (frenchTableDoc), and a test holds the lists to the English ones.
 */
import type { TableDoc } from "../../../data-loaders/table-docs.js";
import { incidentTypes, personnelTypes } from "../../../data-loaders/casualties.js";
import { contingentComponents, departureDateKinds, departureStatuses } from "../../../data-loaders/contingents.js";
import { eventCategories } from "../../../data-loaders/events.js";
import { deniedCounts, flightCategories, periodPrecisions } from "../../../data-loaders/flights.js";
import { notCountries } from "../../../data-loaders/geo-pko.js";
import { missionKinds } from "../../../data-loaders/other-missions.js";
import { siteKinds } from "../../../data-loaders/sites.js";
import { sourceKinds } from "../../../data-loaders/source-policy.js";
import { strengthComponents } from "../../../data-loaders/strength.js";
import { statementCounts } from "../../../data-loaders/toll-statements.js";
import { datePrecisions, figureQualifiers } from "../../../data-loaders/figure-fields.js";
import { withdrawalComponents, withdrawalMeasures } from "../../../data-loaders/withdrawal.js";
import { forTranslatedColumns } from "../../../data-loaders/edition-columns.js";

/** A table's description in French: the same parts as its TableDoc, the columns by name. */
export interface FrenchTableDoc {
  title: string;
  row: string;
  columns: Record<string, string>;
  origin: string;
  cleaning: string[];
}

/** A value or a name of the files, as the methodology sets it: in code, `like this`. */
const code = (value: string) => `\`${value}\``;
const oneOf = (values: readonly string[]) => values.map(code).join(", ");

const curatedOrigin =
  "Établies d'après des rapports publiés, une source par ligne\u00a0: la colonne `source_url` de la ligne, et la cote du document de l'ONU dans `report` quand il y en a une.";
const curatedCleaning = [
  "Chaque ligne respecte ces règles\u00a0: ses dates existent et ne sont pas postérieures au jour de la publication, ses décomptes sont des nombres entiers, ses catégories sont connues, et sa source est une adresse `http(s)`, ou le titre d'un article dont l'adresse n'est pas connue, d'un type que la politique des sources admet\u00a0; aucune clé n'est donnée deux fois. Aucune ligne n'a été écartée pour en avoir enfreint une.",
  "Quand deux sources divergent, les deux lignes sont gardées et la note le dit.",
];
/** The citation columns every curated table ends with. */
const citation = (what: string): Record<string, string> => ({
  report:
    "La cote du document de l'ONU d'où viennent les faits (S/RES/2690 (2023)), ou vide. Les pages la relient au document lui-même sur undocs.org.",
  source_url: `La page où l'on peut lire ${what}\u00a0: le document lui-même, ou la page qui en rend compte\u00a0; vide seulement pour un article dont l'adresse n'est pas connue, cité par son titre (\`source_title\`).`,
  source_title:
    "La source, citée comme on cite un journal («\u00a0`Le Monde, English edition, June 2023`\u00a0»), quand c'est un article ou une dépêche dont l'adresse n'est pas connue\u00a0; vide sinon.",
  source_kind: `L'une des valeurs ${oneOf(sourceKinds)} (voir la politique des sources, sur cette page).`,
  archive_url: "Une copie de `source_url` dans une archive du web, ou vide quand aucune n'est enregistrée.",
});
/** The other editions' columns of a curated text, each described with its edition's language named in French. */
const translated = (column: string, meaning: (language: string) => string): Record<string, string> =>
  Object.fromEntries(
    forTranslatedColumns(column, (name, locale) => [name, meaning(new Intl.DisplayNames("fr", { type: "language" }).of(locale) ?? locale)]),
  );
const statedByTranslations = translated("stated_by", (language) => `La même chose, telle que la formule l'édition en ${language}.`);
const titleTranslations = translated(
  "source_title",
  (language) =>
    `La même citation, telle que la formule l'édition en ${language} (ainsi \`Le Monde, édition anglaise, juin 2023\`)\u00a0; vide quand la ligne a une adresse.`,
);
const note = { note: "Ce que dit la source, reformulé par la rédaction, et tout désaccord entre sources (en anglais)." };
const qualifier = {
  qualifier: `Comment la source donne le chiffre\u00a0: l'une des valeurs ${oneOf(figureQualifiers)} (\`exact\` quand elle ne met aucun mot devant le nombre, \`about\` pour «\u00a0environ\u00a0», \`almost\` pour «\u00a0presque\u00a0», \`more than\` pour «\u00a0plus de\u00a0», \`at least\` pour «\u00a0au moins\u00a0»).`,
};
const datePrecision = (date: string) => ({
  date_precision: `La précision avec laquelle la source date ${date}\u00a0: l'une des valeurs ${oneOf(datePrecisions)} (\`about\` quand les sources donnent le jour approximativement ou divergent de quelques jours, \`inferred\` quand le jour est déduit du contexte du rapport)\u00a0; vide quand aucune date n'est donnée.`,
});
const statedBy = {
  stated_by: "Qui a donné le chiffre (la mission, un ministre, une agence), qui peut différer de la page où il a été lu (`source_url`).",
};

const docs: Record<string, FrenchTableDoc> = {
  casualties: {
    title: "Les casques bleus et le personnel morts en mission",
    row: "Une personne morte au service d'une opération de maintien de la paix ou d'une mission politique de l'ONU, depuis 1948.",
    columns: {
      casualty_id: "L'identifiant de la personne dans le fichier de l'ONU.",
      date: "Le jour de l'incident.",
      year: "L'année civile de l'incident\u00a0; tous les décomptes par année l'utilisent.",
      mission: "Le sigle de la mission tel que l'écrit le fichier, en anglais (MINUSMA, UNIFIL pour la FINUL…).",
      personnel_type: `L'une des valeurs ${oneOf(personnelTypes)}.`,
      incident_type: `L'une des valeurs ${oneOf(incidentTypes)}. \`Malicious Act\` est une attaque délibérée.`,
      nationality:
        "La nationalité de la personne telle que l'ONU l'enregistre, avec les corrections listées plus bas\u00a0; vide quand elle n'est pas renseignée.",
      iso3: "Le code ISO 3166 alpha-3 de la nationalité, vide quand il n'y en a pas.",
      gender: "M, F, ou vide quand le sexe n'est pas renseigné.",
    },
    origin: "Le fichier des décès de l'ONU, figé par son empreinte sha256 (voir Sources).",
    cleaning: [
      "Chaque ligne porte l'une des catégories de l'ONU, une fois retirés les espaces que le fichier laisse autour de certaines.",
      "Une ligne dont le `casualty_id` a déjà été vu est la même personne listée deux fois\u00a0: elle est écartée, et comptée sur cette page.",
      "Les noms de nationalité que l'export a altérés sont corrigés, et les codes ISO manquants complétés quand le nom ne laisse aucun doute.",
      "Chaque ligne est un décès, avec un identifiant et une date réelle, qui n'est pas postérieure au jour de la publication\u00a0; les seules lignes écartées répètent un identifiant, et sont listées plus bas.",
    ],
  },
  flights: {
    title: "Les autorisations de vol non accordées",
    row: "Un décompte des autorisations de vol demandées et non accordées, pour une période et un type de vol, tel qu'un rapport le donne.",
    columns: {
      period_start: "Premier jour couvert par le décompte.",
      period_end: "Dernier jour couvert par le décompte.",
      date_precision: `Comment la source donne le premier et le dernier jour de la période\u00a0: l'une des valeurs ${oneOf(periodPrecisions)} (\`inferred\` quand ils sont déduits des dates qui entourent le rapport, et non lus dans son texte).`,
      category: `L'une des valeurs ${oneOf(flightCategories)} (les drones de surveillance parmi l'ensemble des vols).`,
      requested: "Autorisations demandées par la mission\u00a0; vide quand la source ne le dit pas.",
      denied: "Autorisations non obtenues\u00a0: refusées, ou restées sans réponse, selon le décompte de la source.",
      denied_counts: `Ce que contient \`denied\`, dans les termes de la source\u00a0: l'une des valeurs ${oneOf(deniedCounts)} (refusées\u00a0; refusées ou restées sans réponse\u00a0; non obtenues, sans que la source dise pourquoi).`,
      ...statedBy,
      ...statedByTranslations,
      ...citation("le décompte"),
      ...titleTranslations,
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "Pas plus d'autorisations non obtenues que demandées\u00a0; une période ne finit pas avant de commencer.",
    ],
  },
  sites: {
    title: "Les 13 sites tenus au début du retrait",
    row: "L'un des sites que tenait la MINUSMA au début de son retrait, et le jour où il a été fermé ou remis.",
    columns: {
      id: "Un nom court du site, qui ne change pas.",
      site: "Le site tel que le nomme l'édition anglaise.",
      ...translated("site", (language) => `Le site tel que le nomme l'édition en ${language} (ainsi Tombouctou pour Timbuktu).`),
      kind: `L'une des valeurs ${oneOf(siteKinds)}.`,
      geo_pko_location: "Le nom du lieu dans Geo-PKO, d'où vient le point\u00a0; vide quand Geo-PKO ne le cartographie pas.",
      latitude: "D'après Geo-PKO (`deployments`)\u00a0; vide quand Geo-PKO ne cartographie pas le site.",
      longitude: "D'après Geo-PKO (`deployments`)\u00a0; vide de même.",
      closed: "Le jour où le site a été fermé ou remis\u00a0; vide quand aucune source ne le donne.",
      ...datePrecision("la fermeture"),
      handed_to: "À qui le site a été remis, selon la source\u00a0; vide quand il n'a pas été formellement remis.",
      ...translated(
        "handed_to",
        (language) =>
          `La même chose, telle que la formule l'édition en ${language}, avec sa préposition (ainsi \`aux autorités maliennes\`)\u00a0; vide quand \`handed_to\` l'est.`,
      ),
      ...citation("la fermeture"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "Le point d'un site est celui que Geo-PKO donne au lieu qu'il nomme\u00a0; chaque site est un lieu que Geo-PKO connaît pour la MINUSMA. Un site sans date de fermeture porte une note qui dit ce qui a été cherché.",
    ],
  },
  withdrawal: {
    title: "Le personnel parti",
    row: "Un décompte publié du personnel de la mission parti du Mali à une date depuis le 1er juillet 2023, ou de tout le personnel que le retrait concernait.",
    columns: {
      date: "Le jour où le décompte a été donné.",
      ...datePrecision("le décompte"),
      component: `L'une des valeurs ${oneOf(withdrawalComponents)}.`,
      measure: `L'une des valeurs ${oneOf(withdrawalMeasures)} (\`to leave\`\u00a0: tout le personnel que le retrait concernait).`,
      personnel: "Des personnes, telles que la source les compte.",
      ...qualifier,
      ...statedBy,
      ...statedByTranslations,
      ...citation("le décompte"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "Le personnel parti n'est jamais moins nombreux à une date ultérieure\u00a0; à une même date, aucune composante ne compte plus de partants que l'ensemble, et la somme des composantes ne le dépasse pas non plus\u00a0; aucun décompte des partants ne dépasse celui de tout le personnel que le retrait concernait. Un chiffre exact borne les autres\u00a0; un chiffre donné comme «\u00a0environ\u00a0» (`about`) peut le dépasser, un chiffre «\u00a0plus de\u00a0» (`more than`) ou «\u00a0au moins\u00a0» (`at least`) non.",
    ],
  },
  toll_statements: {
    title: "Le bilan tel qu'annoncé à l'époque",
    row: "Une déclaration du bilan de la MINUSMA depuis son début, telle que la mission ou la presse l'a donnée un jour donné, avec sa source.",
    columns: {
      id: "Un nom stable de la déclaration, par lequel le registre des chiffres vérifiés la cite.",
      stated_on: "Quand le chiffre a été donné (`AAAA-MM` quand la source ne le date pas plus précisément).",
      ...datePrecision("la déclaration"),
      figure: "Le bilan annoncé.",
      ...qualifier,
      counted: `L'une des valeurs ${oneOf(statementCounts)}. \`Hostile acts\` est comparé aux actes malveillants du fichier de l'ONU.`,
      ...statedBy,
      ...statedByTranslations,
      ...citation("la déclaration"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [...curatedCleaning, "Une date donnée au mois n'est jamais dite approximative (`about`)."],
  },
  deployments: {
    title: "Où chaque mission était déployée (Geo-PKO)",
    row: "Une mission, une année et un lieu où les cartes de déploiement de l'ONU de cette année montrent ses unités.",
    columns: {
      mission: "Le sigle de la mission tel que Geo-PKO l'écrit (UNAVEM II garde sa phase).",
      year: "L'année des cartes.",
      country: "Le pays où se trouve le lieu, tel que Geo-PKO le nomme.",
      location: "La ville ou le site, tel que Geo-PKO le nomme.",
      latitude: "WGS84, de la ville (celle de la première carte, quand deux cartes la placent un peu différemment).",
      longitude: "WGS84, de la ville.",
      estimated_troops:
        "Effectifs estimés d'après la taille des symboles d'unités, en moyenne sur les cartes de l'année\u00a0; vide quand Geo-PKO n'en donne pas. Une estimation, non un décompte\u00a0: additionnée sur les lieux, elle surestime les effectifs de la mission.",
      hq_level: "Le plus haut niveau de quartier général montré là cette année\u00a0: 0 aucun, 1 secteur, 2 région, 3 celui de la mission.",
      police: "Si une carte de l'année montre une unité de police à cet endroit.",
      medical: "Si une carte de l'année montre une unité médicale à cet endroit.",
      aviation: "Si une carte de l'année montre une unité aérienne à cet endroit.",
      observers: "Si une carte de l'année montre des observateurs militaires à cet endroit.",
      maps: "Le nombre de cartes de l'année qui montrent le lieu.",
    },
    origin:
      "Geo-PKO v2.3 (département de recherche sur la paix et les conflits, université d'Uppsala), codé d'après les cartes de déploiement publiées par l'ONU\u00a0: le fichier à une ligne par carte, lieu et année, figé par son empreinte sha256.",
    cleaning: [
      "Les lignes d'un même lieu et d'une même année (une par carte) deviennent une seule ligne\u00a0: le plus haut niveau de quartier général, et une unité présente si une carte la montre. La moyenne annuelle des effectifs est celle du jeu de données\u00a0; deux cartes d'un même lieu et d'une même année ne donnent jamais de moyennes différentes, ni ne le placent dans des pays différents.",
      "NA dans la source donne une cellule vide. Toutes les autres cellules sont vérifiées\u00a0: sigles, années de 1990 à l'année en cours, coordonnées dans ±90° et ±180°, nombres entiers, niveaux et indicateurs dans leurs codes.",
      "Chaque lieu se trouve dans le pays que sa ligne nomme, tel que Natural Earth le dessine, ou à moins de 25\u00a0km de sa frontière\u00a0; un point plus éloigné serait une erreur de saisie, ou une latitude et une longitude interverties.",
    ],
  },
  deployment_contributors: {
    title: "Qui était déployé où (Geo-PKO)",
    row: "Un pays contributeur en un lieu d'une mission, une année donnée.",
    columns: {
      mission: "Le sigle de la mission tel que Geo-PKO l'écrit.",
      year: "L'année des cartes.",
      location: "La ville ou le site, comme dans `deployments`.",
      country: `Le pays contributeur, une seule graphie par pays\u00a0; ${oneOf(notCountries)} ne sont pas des pays (unités de plusieurs pays, de l'ONU elle-même, ou sans nom).`,
      largest_unit:
        "La plus grande unité que les cartes montrent pour ce pays à cet endroit cette année, en soldats (une estimation d'après le symbole de l'unité)\u00a0; vide quand la carte ne donne pas de taille.",
    },
    origin:
      "Geo-PKO v2.3, le fichier à une ligne par mission, année et lieu dont la colonne `year.overview` liste chaque pays et sa plus grande unité, figé par son empreinte sha256.",
    cleaning: [
      "Chaque entrée «\u00a0Pays (taille)\u00a0» de `year.overview` donne une ligne\u00a0; toutes se lisent ainsi, et chaque nombre de pays (`No.TCC`) est celui de la liste.",
      "Les codeurs ont écrit certains pays de plusieurs façons (`UK`, `Britain`, `United Kingdom`)\u00a0: chacun reçoit un seul nom. Un lieu listé deux fois la même année est un seul lieu, chaque pays gardant sa plus grande unité.",
      "Chaque lieu doit être l'un de ceux du tableau `deployments` pour cette mission et cette année, et se trouver dans le pays de ce lieu ou à moins de 25\u00a0km de sa frontière.",
    ],
  },
  strength: {
    title: "Les effectifs de la mission",
    row: "Un chiffre publié des effectifs de la mission à une date\u00a0: le personnel déployé, le plafond autorisé, ou les deux.",
    columns: {
      date: "La date à laquelle le chiffre se rapporte (`AAAA-MM` quand la source ne donne que le mois).",
      ...datePrecision("le chiffre"),
      component: `L'une des valeurs ${oneOf(strengthComponents)} (\`uniformed\`\u00a0: militaires et policiers ensemble).`,
      deployed: "Personnel déployé\u00a0; vide quand la ligne ne donne qu'un plafond.",
      authorized:
        "Le plafond fixé par le Conseil de sécurité\u00a0; vide quand la ligne ne donne qu'un chiffre de personnel déployé. Un plafond n'est jamais un décompte du personnel présent.",
      ...qualifier,
      ...statedBy,
      ...statedByTranslations,
      ...citation("le chiffre"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "Une ligne donne un chiffre déployé, un plafond autorisé, ou les deux. À une même date, aucune partie de la mission ne dépasse un tout exact qui la contient (militaires et policiers dans le personnel en uniforme, personnel en uniforme et civil dans le total), et la somme des parties ne le dépasse pas non plus, pour les effectifs déployés comme pour les plafonds.",
    ],
  },
  contingents: {
    title: "Les contingents partis, sur le départ ou suspendus",
    row: "Un contingent national qui a quitté la mission ou annoncé son départ, tel qu'une source le rapporte.",
    columns: {
      country: "Le pays contributeur.",
      iso3: "Son code ISO 3166 alpha-3.",
      component: `L'une des valeurs ${oneOf(contingentComponents)}.`,
      personnel: "L'effectif du contingent tel que la source le donne.",
      ...qualifier,
      announced: "Quand le départ a été annoncé, si on le sait.",
      departed: "Quand le contingent est parti ou devait partir, si on le sait.",
      ...datePrecision("le départ"),
      departed_as: `Vide quand aucune date de départ n'est donnée\u00a0; sinon l'une des valeurs ${oneOf(departureDateKinds)}\u00a0: \`deadline\` quand la source donne la date limite d'un départ prévu («\u00a0d'ici août 2023\u00a0»), \`arrival\` quand elle donne le jour où un contingent parti était rentré chez lui\u00a0; les pages impriment l'une et l'autre avec la mention «\u00a0au plus tard\u00a0».`,
      departure_status: `L'une des valeurs ${oneOf(departureStatuses)}\u00a0: \`planned\` quand la source ne donne qu'un projet ou une date prévue, \`completed\` une fois le personnel parti, \`suspended\` quand le contingent a cessé ses activités sans partir. Pour chaque pays et composante, le graphique et les totaux retiennent la ligne la plus avancée (\`completed\`, \`under way\`, \`planned\`, \`suspended\`), et la première entre lignes égales.`,
      reason: "Le motif de départ que donne la source (en anglais).",
      ...statedBy,
      ...statedByTranslations,
      ...citation("la ligne"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: [...curatedCleaning, "Un départ ne précède pas son annonce, et un départ effectué a une date."],
  },
  events: {
    title: "La chronologie",
    row: "Un événement daté de l'histoire de la mission, de la crise de 2012 à la fin du retrait.",
    columns: {
      id: "Un nom stable de l'événement (`moura-report`), le même dans chaque édition du tableau.",
      date: "Quand il a eu lieu (`AAAA-MM` quand la source ne donne que le mois).",
      ...datePrecision("l'événement"),
      event: "Ce qui s'est passé, reformulé par la rédaction, en anglais.",
      ...translated("event", (language) => `La même chose, telle que l'imprime l'édition en ${language}, écrite pour elle.`),
      category: `L'une des valeurs ${oneOf(eventCategories)}.`,
      ...citation("l'événement"),
      ...note,
    },
    origin: curatedOrigin,
    cleaning: curatedCleaning,
  },
  missions: {
    title: "Les missions comparées",
    row: "Une mission du fichier des décès de l'ONU, avec son bilan et ses rangs.",
    columns: {
      mission: "Le sigle de la mission.",
      slug: "Le nom de la page de la mission (`missions/<slug>.html`).",
      all: "Morts toutes causes.",
      malicious: "Morts par actes malveillants.",
      first_year: "Année du premier décès enregistré.",
      last_year: "Année du dernier décès enregistré.",
      rank_all: "Rang pour les morts toutes causes (1 = le plus grand nombre\u00a0; les ex aequo partagent un rang).",
      rank_malicious: "Rang pour les morts par actes malveillants\u00a0; vide pour une mission qui n'en compte aucun.",
    },
    origin: "Calculées à partir du tableau `casualties`.",
    cleaning: ["Rien au-delà des règles du tableau `casualties`."],
  },
  corrections: {
    title: "Les corrections",
    row: "Un changement d'un chiffre que le rapport avait publié.",
    columns: {
      date: "Quand la correction a été faite.",
      figure: "L'affirmation ou le chiffre du récit qui a changé, par son nom dans le registre des chiffres vérifiés.",
      page: "La page qui l'imprimait.",
      old_value: "Ce que la page disait avant.",
      new_value: "Ce qu'elle dit maintenant.",
      reason: "Pourquoi le chiffre a changé.",
      ...citation("le nouveau chiffre, ou la correction"),
      ...titleTranslations,
    },
    origin: "Écrites par la rédaction, une ligne par changement, chaque fois qu'un chiffre déjà publié bouge.",
    cleaning: ["Les mêmes vérifications que pour les autres tableaux établis d'après des sources publiées."],
  },
  mission_reference: {
    title: "Ce qu'était chaque mission",
    row: "Un sigle du fichier des décès de l'ONU, avec le nom complet de la mission, son quartier général et ses dates.",
    columns: {
      acronym: "Le sigle tel que l'écrit le fichier des décès.",
      name: "Le nom complet (en anglais).",
      kind: `L'une des valeurs ${oneOf(missionKinds)}.`,
      headquarters: "La ville du quartier général\u00a0; vide quand aucune source n'en nomme une.",
      area: "Pour une ligne du tableau `other_missions` dont la source ne nomme pas de ville\u00a0: le pays ou la région où la mission opère.",
      latitude:
        "Du quartier général\u00a0: le point de la liste de l'ONU, corrigé là où c'est noté\u00a0; pour une ligne du tableau `other_missions`, le point de la même ville dans la liste ou dans Geo-PKO. Vide quand aucune source n'en donne.",
      longitude: "Du quartier général, de la même source que la latitude.",
      start_date: "Quand la mission a commencé, aussi précisément que le dit sa source\u00a0; vide quand elle ne le dit pas.",
      end_date: "Quand elle a pris fin\u00a0; vide pour une mission toujours en cours ou dont aucune source ne donne la fin.",
      running: "Si la mission était encore en cours quand sa source a été publiée.",
      combines:
        "Pour une ligne de la liste de l'ONU qui additionne les phases d'une mission («\u00a0UNEF (I & II)\u00a0»), ces phases, que la liste donne aussi une à une.",
      listed_by: "La liste des opérations de l'ONU, ou le tableau `other_missions` (les missions que la liste omet).",
      report:
        "Pour une ligne du tableau `other_missions`\u00a0: la cote du document de l'ONU qui lui sert de source, s'il y en a une\u00a0; sinon vide.",
      source_url: "La page de la liste de l'ONU, ou la source de la ligne du tableau `other_missions`.",
      note: "Pour une ligne du tableau `other_missions`\u00a0: ce que dit la source, reformulé par la rédaction (en anglais).",
    },
    origin:
      "La liste des opérations de maintien de la paix de l'ONU (DPPADPOSS-PKO), figée par son empreinte sha256, pour les opérations qu'elle contient\u00a0; le tableau `other_missions` (une source par ligne) pour les missions politiques, les bureaux et l'opération que la liste omet.",
    cleaning: [
      "Les coordonnées que la liste écrit avec une virgule décimale, là où les autres ont un point, sont lues comme des nombres décimaux.",
      "La liste écrit la plupart de ses dates comme le premier jour d'un mois, ce qui ne se distingue pas d'une mission commencée ou achevée le 1er\u00a0: une telle date est gardée comme son mois (`AAAA-MM`), et un décès plus tard dans ce mois n'est pas compté comme postérieur à la fin de la mission.",
      "Là où la liste se trompe (longitude et latitude inversées, date de fin de la MINUSMA manquante, nom tronqué, latitude qui n'est pas celle de la ville nommée), la cellule est remplacée par une ligne du tableau `operation_corrections`, qui donne la valeur remplacée, la raison et une source. La cellule de chaque correction contient encore la valeur remplacée\u00a0; aucune ville ne reçoit deux points de deux lignes, et aucun quartier général corrigé ne se trouve ailleurs que là où Geo-PKO le place pour la même mission.",
      "Chaque sigle du fichier des décès se retrouve dans la liste ou dans le tableau `other_missions`, et dans une seule des deux.",
    ],
  },
};

/** A table's description in French, its columns in the English doc's order; a missing table or column is an error. */
export function frenchTableDoc(doc: TableDoc): TableDoc {
  const french = docs[doc.name];
  if (!french) throw new Error(`the table ${doc.name} has no French description: add it in src/components/i18n/table-docs.ts`);
  return {
    name: doc.name,
    title: french.title,
    row: french.row,
    origin: french.origin,
    cleaning: french.cleaning,
    columns: doc.columns.map((column) => {
      const meaning = french.columns[column.name];
      if (!meaning)
        throw new Error(`the column ${column.name} of ${doc.name} has no French meaning: add it in src/components/i18n/table-docs.ts`);
      return { name: column.name, type: column.type, meaning };
    }),
  };
}

/** The tables and columns the French descriptions cover, to hold them to the English ones in a test. */
export const frenchTableColumns: Record<string, string[]> = Object.fromEntries(
  Object.entries(docs).map(([name, doc]) => [name, Object.keys(doc.columns)]),
);
