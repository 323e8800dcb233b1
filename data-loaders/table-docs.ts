/**
 * What each published table is: what one row stands for, each column's type and meaning, where
 * the rows come from and what was done to them. The methodology page shows it beside each
 * download; a test holds the column lists to the ones the loaders write.
 */
import { incidentTypes, personnelTypes } from "./casualties.js";
import { contingentComponents, departureDateKinds, departureStatuses } from "./contingents.js";
import { eventCategories } from "./events.js";
import { deniedCounts, flightCategories, periodPrecisions } from "./flights.js";
import { notCountries } from "./geo-pko.js";
import { missionKinds } from "./other-missions.js";
import { siteKinds } from "./sites.js";
import { strengthComponents } from "./strength.js";
import { statementCounts } from "./toll-statements.js";
import { datePrecisions, figureQualifiers } from "./figure-fields.js";
import { withdrawalComponents, withdrawalMeasures } from "./withdrawal.js";
import { sourceKinds } from "./source-policy.js";
import { forTranslatedColumns } from "./edition-columns.js";

/** A value or a name of the files, as the methodology sets it: in code, `like this`. */
const code = (value: string) => `\`${value}\``;
const oneOf = (values: readonly string[]) => values.map(code).join(", ");

export type ColumnType =
  "text" | "whole number" | "day" | "day or month" | "year" | "category" | "address" | "degrees" | "yes or no" | "day, month or year";

export interface ColumnDoc {
  name: string;
  type: ColumnType;
  meaning: string;
}

export interface TableDoc {
  /** The table's name, which is also its file's: data/<name>.csv. */
  name: string;
  title: string;
  /** What one row stands for. */
  row: string;
  columns: ColumnDoc[];
  /** Where the rows come from, in a sentence. */
  origin: string;
  /** The rules applied between the source and the table. */
  cleaning: string[];
}

const curatedOrigin =
  "Compiled from published reports, one source per row: the row's source_url, and the UN document symbol in report where there is one.";
const curatedCleaning = [
  "Every row meets these rules: its dates are real and not in the future, its counts are whole numbers, its categories are known, and its source is an `http(s)` address, or the title of an article whose address is not known, of a kind the sourcing policy allows; no key is given twice. No row was left out for breaking one.",
  "Where two sources disagree, both rows are kept and the note says so.",
];
/** The citation columns every curated table ends with (data-loaders/source-policy.ts). */
const citation = (what: string): ColumnDoc[] => [
  {
    name: "report",
    type: "text",
    meaning:
      "The UN document symbol the facts come from (S/RES/2690 (2023)), or empty. Pages link it to the document itself on undocs.org.",
  },
  {
    name: "source_url",
    type: "address",
    meaning: `Where ${what} was read: the document itself, or the page that reports it; empty only for an article whose address is not known, cited by its source_title.`,
  },
  {
    name: "source_title",
    type: "text",
    meaning:
      'The source as a newspaper is cited ("Le Monde, English edition, June 2023"), where it is a press report or an agency dispatch whose address is not known; otherwise empty.',
  },
  { name: "source_kind", type: "category", meaning: `One of: ${oneOf(sourceKinds)} (see the sourcing policy on the methodology page).` },
  { name: "archive_url", type: "address", meaning: "A web archive's copy of source_url, or empty when none is recorded." },
];
const note: ColumnDoc = {
  name: "note",
  type: "text",
  meaning: "What the source says, in our words, and any disagreement between sources.",
};
const qualifier: ColumnDoc = {
  name: "qualifier",
  type: "category",
  meaning: `How the source gives the figure: one of ${oneOf(figureQualifiers)} (\`exact\` where it puts no word before the number).`,
};
const datePrecision = (date: string): ColumnDoc => ({
  name: "date_precision",
  type: "category",
  meaning: `How closely the source dates ${date}: one of ${oneOf(datePrecisions)} (\`about\` where sources give the day roughly or disagree by days, \`inferred\` where the day is read from the report's context).`,
});
const statedBy: ColumnDoc = {
  name: "stated_by",
  type: "text",
  meaning: "Who stated the figure (the mission, a minister, an agency), which may differ from where it was read (source_url).",
};
/** The other editions' columns of a curated text, each with its meaning in that edition's language's name. */
const translated = (column: string, meaning: (language: string) => string): ColumnDoc[] =>
  forTranslatedColumns(column, (name, _locale, language) => ({ name, type: "text", meaning: meaning(language) }));
/** The citation columns with the other editions' words for a source cited by its title, after that title. */
const withTranslatedTitle = (columns: ColumnDoc[]): ColumnDoc[] =>
  columns.flatMap((column) =>
    column.name === "source_title"
      ? [
          column,
          ...translated(
            "source_title",
            (language) =>
              `The same citation in the ${language} edition's words (\`Le Monde, édition anglaise, juin 2023\` in French); empty where the row has an address.`,
          ),
        ]
      : [column],
  );
const statedByTranslations = translated("stated_by", (language) => `The same, in the ${language} edition's words.`);

export const tableDocs: TableDoc[] = [
  {
    name: "casualties",
    title: "Peacekeepers and staff who died",
    row: "One person who died while serving with a UN peacekeeping or political mission, from 1948 on.",
    columns: [
      { name: "casualty_id", type: "text", meaning: "The UN's identifier of the person." },
      { name: "date", type: "day", meaning: "The day of the incident." },
      { name: "year", type: "year", meaning: "The calendar year of the incident; every count by year uses it." },
      { name: "mission", type: "category", meaning: "The mission's acronym (MINUSMA, UNIFIL…)." },
      { name: "personnel_type", type: "category", meaning: `One of: ${oneOf(personnelTypes)}.` },
      { name: "incident_type", type: "category", meaning: `One of: ${oneOf(incidentTypes)}. \`Malicious Act\` is a deliberate attack.` },
      {
        name: "nationality",
        type: "text",
        meaning: "The person's nationality as the UN records it, with the repairs listed below; empty when not recorded.",
      },
      { name: "iso3", type: "text", meaning: "ISO 3166 alpha-3 code of the nationality, empty when there is none." },
      { name: "gender", type: "category", meaning: "M, F, or empty when not recorded." },
    ],
    origin: "The UN's fatalities file, pinned by its sha256 (see Sources).",
    cleaning: [
      "Every row carries one of the UN's own categories, once the spaces the file leaves around some of them are trimmed.",
      "A row whose casualty_id was already seen is the same person listed twice: it is dropped, and counted on this page.",
      "Nationality names the export damaged are repaired, and missing ISO codes filled in where the name is certain.",
      "Every row is a fatality, with an id and a real date that does not lie in the future; the only rows left out repeat an id, and are listed below.",
    ],
  },
  {
    name: "flights",
    title: "Flight authorizations not granted",
    row: "One count of flight authorizations requested and not granted, for one period and one kind of flight, as one report gives it.",
    columns: [
      { name: "period_start", type: "day", meaning: "First day the count covers." },
      { name: "period_end", type: "day", meaning: "Last day the count covers." },
      {
        name: "date_precision",
        type: "category",
        meaning: `How the source gives the period's first and last days: one of ${oneOf(periodPrecisions)} (\`inferred\` where they are read from the dates around the report, not from its text).`,
      },
      { name: "category", type: "category", meaning: `One of: ${oneOf(flightCategories)} (the surveillance drones among all flights).` },
      { name: "requested", type: "whole number", meaning: "Authorizations the mission asked for; empty when the source does not say." },
      {
        name: "denied",
        type: "whole number",
        meaning: "Authorizations not obtained: refused, or never answered, as the source counts them.",
      },
      { name: "denied_counts", type: "category", meaning: `What \`denied\` holds, in the source's terms: one of ${oneOf(deniedCounts)}.` },
      statedBy,
      ...statedByTranslations,
      ...withTranslatedTitle(citation("each count")),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [...curatedCleaning, "No more authorizations not obtained than requested; a period does not end before it starts."],
  },
  {
    name: "sites",
    title: "The 13 sites held when the withdrawal began",
    row: "One of the sites MINUSMA held when its withdrawal began, and when it was closed or handed over.",
    columns: [
      { name: "id", type: "text", meaning: "A short name of the site that does not change." },
      { name: "site", type: "text", meaning: "The site as the report names it." },
      ...translated("site", (language) => `The site as the ${language} edition names it (Tombouctou for Timbuktu in French).`),
      { name: "kind", type: "category", meaning: `One of: ${oneOf(siteKinds)}.` },
      {
        name: "geo_pko_location",
        type: "text",
        meaning: "The place's name in Geo-PKO, where the point comes from; empty where Geo-PKO does not map it.",
      },
      { name: "latitude", type: "degrees", meaning: "From Geo-PKO (`deployments`); empty where Geo-PKO does not map the site." },
      { name: "longitude", type: "degrees", meaning: "From Geo-PKO (`deployments`); empty likewise." },
      { name: "closed", type: "day or month", meaning: "The day the site was closed or handed over; empty where no source gives it." },
      {
        ...datePrecision("the closing"),
        meaning:
          'Empty where no date is given; else "day", "about" (the sources disagree by days or give only the week), "month" or "inferred".',
      },
      {
        name: "handed_to",
        type: "text",
        meaning: "Whom the site was handed to, as the source says; empty where it was not formally handed over.",
      },
      ...translated(
        "handed_to",
        (language) =>
          `The same in the ${language} edition's words, with its preposition (\`aux autorités maliennes\` in French); empty when handed_to is.`,
      ),
      ...citation("the closing"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "The point of a site is Geo-PKO's for the place it names; every site is a place Geo-PKO holds for MINUSMA. A site without a closing date has a note saying what was looked for.",
    ],
  },
  {
    name: "withdrawal",
    title: "Personnel who had left",
    row: "One published count of the mission's personnel who had left Mali by a date since 1 July 2023, or of all the withdrawal concerned.",
    columns: [
      { name: "date", type: "day", meaning: "The day the count was given." },
      datePrecision("the count"),
      { name: "component", type: "category", meaning: `One of: ${oneOf(withdrawalComponents)}.` },
      {
        name: "measure",
        type: "category",
        meaning: `One of: ${oneOf(withdrawalMeasures)} (\`to leave\`: all the personnel the withdrawal concerned).`,
      },
      { name: "personnel", type: "whole number", meaning: "People, as the source counts them." },
      qualifier,
      statedBy,
      ...statedByTranslations,
      ...citation("the count"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      'The people who had left never number fewer at a later date; on one date, no component\'s count is larger than that of all components, nor do the components add up to more; and no count of those who had left is larger than that of all the withdrawal concerned. An exact figure bounds the others; an "about" figure may stray above it, a "more than" or "at least" figure may not.',
    ],
  },
  {
    name: "toll_statements",
    title: "The toll as stated at the time",
    row: "One statement of MINUSMA's death toll since it began, as the mission or the press gave it on a day, with its source.",
    columns: [
      { name: "id", type: "text", meaning: "A stable name of the statement, by which the claims ledger cites it." },
      { name: "stated_on", type: "day or month", meaning: "When the figure was given (`YYYY-MM` when the source dates it no closer)." },
      datePrecision("the statement"),
      { name: "figure", type: "whole number", meaning: "The toll stated." },
      qualifier,
      {
        name: "counted",
        type: "category",
        meaning: `One of: ${oneOf(statementCounts)}. \`Hostile acts\` is compared with the UN file's malicious acts.`,
      },
      statedBy,
      ...statedByTranslations,
      ...citation("the statement"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [...curatedCleaning, 'A date given to the month carries no "about".'],
  },
  {
    name: "deployments",
    title: "Where each mission was deployed (Geo-PKO)",
    row: "One mission, year and place where the UN's deployment maps of that year draw its units.",
    columns: [
      { name: "mission", type: "category", meaning: "The mission's acronym as Geo-PKO writes it (UNAVEM II keeps its phase)." },
      { name: "year", type: "year", meaning: "The year of the maps." },
      { name: "country", type: "text", meaning: "The country the place is in, as Geo-PKO names it." },
      { name: "location", type: "text", meaning: "The town or site, as Geo-PKO names it." },
      { name: "latitude", type: "degrees", meaning: "WGS84, of the town (the first map's, where two maps place it a little apart)." },
      { name: "longitude", type: "degrees", meaning: "WGS84, of the town." },
      {
        name: "estimated_troops",
        type: "whole number",
        meaning:
          "Troops estimated from the size of the unit symbols, the mean over the year's maps; empty where Geo-PKO gives none. An estimate, not a head count: summed over places it overstates the mission's strength.",
      },
      {
        name: "hq_level",
        type: "whole number",
        meaning: "The highest headquarters level drawn there that year: 0 none, 1 sector, 2 regional, 3 the mission's.",
      },
      { name: "police", type: "yes or no", meaning: "Whether a map of the year draws police there." },
      { name: "medical", type: "yes or no", meaning: "Whether a map of the year draws a medical unit there." },
      { name: "aviation", type: "yes or no", meaning: "Whether a map of the year draws an aviation unit there." },
      { name: "observers", type: "yes or no", meaning: "Whether a map of the year draws military observers there." },
      { name: "maps", type: "whole number", meaning: "How many of the year's maps show the place." },
    ],
    origin:
      "Geo-PKO v2.3 (Department of Peace and Conflict Research, Uppsala University), coded from the UN's published deployment maps: the file with one row per map, place and year, pinned by its sha256.",
    cleaning: [
      "The rows of one place and year (one per map) become one row: the highest headquarters level, and a unit present if any map draws it. The yearly mean of troops is the dataset's own; no two maps of one place and year give different means or place it in different countries.",
      "NA in the source is an empty cell. Every other cell is checked: acronyms, years from 1990 to this year, coordinates within ±90° and ±180°, whole numbers, levels and flags within their codes.",
      "Every place lies in the country its row names, as Natural Earth draws it, or within 25 km of its border; a point further out would be a slip, or a latitude and a longitude swapped.",
    ],
  },
  {
    name: "deployment_contributors",
    title: "Who was deployed where (Geo-PKO)",
    row: "One contributing country at one place of one mission in one year.",
    columns: [
      { name: "mission", type: "category", meaning: "The mission's acronym as Geo-PKO writes it." },
      { name: "year", type: "year", meaning: "The year of the maps." },
      { name: "location", type: "text", meaning: "The town or site, as in `deployments`." },
      {
        name: "country",
        type: "text",
        meaning: `The contributing country, one spelling per country; ${oneOf(notCountries)} are not countries (units of several, of the UN itself, or unnamed).`,
      },
      {
        name: "largest_unit",
        type: "whole number",
        meaning:
          "The largest unit the maps draw for the country there that year, in troops (an estimate from the unit's symbol); empty where the map gives no size.",
      },
    ],
    origin:
      "Geo-PKO v2.3, the file with one row per mission, year and place whose year.overview lists each country and its largest unit, pinned by its sha256.",
    cleaning: [
      'Each "Country (size)" entry of year.overview is one row; every entry reads so, and every count of countries (No.TCC) is the number listed.',
      "The coders wrote some countries several ways (`UK`, `Britain`, `United Kingdom`): each gets one name. A place listed twice in one year is one place, each country keeping its largest unit.",
      "Every place must be one of the `deployments` table's for that mission and year, and lie in that place's country or within 25 km of its border.",
    ],
  },
  {
    name: "strength",
    title: "The mission's size",
    row: "One published figure of the mission's size on one date: people deployed, the authorized ceiling, or both.",
    columns: [
      { name: "date", type: "day or month", meaning: "The date the figure refers to (`YYYY-MM` when the source names only the month)." },
      datePrecision("the figure"),
      {
        name: "component",
        type: "category",
        meaning: `One of: ${oneOf(strengthComponents)} (\`uniformed\` is military and police together).`,
      },
      { name: "deployed", type: "whole number", meaning: "People deployed; empty when the row gives only a ceiling." },
      {
        name: "authorized",
        type: "whole number",
        meaning:
          "The ceiling the Security Council set; empty when the row gives only a deployed figure. A ceiling is never a count of people present.",
      },
      qualifier,
      statedBy,
      ...statedByTranslations,
      ...citation("the figure"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [
      ...curatedCleaning,
      "A row gives a deployed or an authorized figure, or both. On one date, no part of the mission is larger than an exact whole that holds it (military and police within uniformed, uniformed and civilian within total), nor do the parts add up to more, for people deployed and for ceilings alike.",
    ],
  },
  {
    name: "contingents",
    title: "Contingents that left, were to leave or suspended",
    row: "One national contingent that left the mission or announced it would, as one source reports it.",
    columns: [
      { name: "country", type: "text", meaning: "The contributing country." },
      { name: "iso3", type: "text", meaning: "Its ISO 3166 alpha-3 code." },
      { name: "component", type: "category", meaning: `One of: ${oneOf(contingentComponents)}.` },
      { name: "personnel", type: "whole number", meaning: "The contingent's size as the source gives it." },
      qualifier,
      { name: "announced", type: "day or month", meaning: "When the departure was announced, if known." },
      { name: "departed", type: "day or month", meaning: "When the contingent left or was to leave, if known." },
      { ...datePrecision("the departure"), meaning: "Empty where no departure date is given; else `day`, `about`, `month` or `inferred`." },
      {
        name: "departed_as",
        type: "category",
        meaning: `Empty where no departure date is given; else one of ${oneOf(departureDateKinds)}: \`deadline\` where the source gives the latest date of a planned departure ("by August 2023"), \`arrival\` where it gives the day a contingent that had left was back home; the pages print both with "by".`,
      },
      {
        name: "departure_status",
        type: "category",
        meaning: `One of: ${oneOf(departureStatuses)}: \`planned\` when the source gives only a plan or a date set, \`completed\` once the people have left, \`suspended\` when the contingent stopped its activities without leaving. For each country and component, the chart and totals use the row furthest along (\`completed\`, \`under way\`, \`planned\`, \`suspended\`), and the first listed between equals.`,
      },
      { name: "reason", type: "text", meaning: "The reason the source gives for leaving." },
      statedBy,
      ...statedByTranslations,
      ...citation("the row"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: [...curatedCleaning, "A departure does not come before its announcement, and a completed one has a date."],
  },
  {
    name: "events",
    title: "Timeline",
    row: "One dated event of the mission's story, from the 2012 crisis to the end of the drawdown.",
    columns: [
      { name: "id", type: "text", meaning: "A stable name of the event (`moura-report`), the same in every edition of the table." },
      { name: "date", type: "day or month", meaning: "When it happened (`YYYY-MM` when the source names only the month)." },
      datePrecision("the event"),
      { name: "event", type: "text", meaning: "What happened, in our words." },
      ...translated("event", (language) => `The same, in ${language}, as the ${language} edition prints it, written for that edition.`),
      { name: "category", type: "category", meaning: `One of: ${oneOf(eventCategories)}.` },
      ...citation("the event"),
      note,
    ],
    origin: curatedOrigin,
    cleaning: curatedCleaning,
  },
  {
    name: "missions",
    title: "Missions compared",
    row: "One mission in the UN's fatalities file, with its toll and its ranks.",
    columns: [
      { name: "mission", type: "category", meaning: "The mission's acronym." },
      { name: "slug", type: "text", meaning: "The name of the mission's page (`missions/<slug>.html`)." },
      { name: "all", type: "whole number", meaning: "Deaths from all causes." },
      { name: "malicious", type: "whole number", meaning: "Deaths from malicious acts." },
      { name: "first_year", type: "year", meaning: "Year of the first recorded death." },
      { name: "last_year", type: "year", meaning: "Year of the last recorded death." },
      { name: "rank_all", type: "whole number", meaning: "Rank by deaths from all causes (1 = most; ties share a rank)." },
      { name: "rank_malicious", type: "whole number", meaning: "Rank by deaths from malicious acts; empty for a mission with none." },
    ],
    origin: "Computed from the `casualties` table.",
    cleaning: ["Nothing beyond the casualties table's own rules."],
  },
  {
    name: "corrections",
    title: "Corrections",
    row: "One change to a figure the report had published.",
    columns: [
      { name: "date", type: "day", meaning: "When the correction was made." },
      { name: "figure", type: "text", meaning: "The claim or story figure that changed, by its name in the claims ledger." },
      { name: "page", type: "text", meaning: "The page that printed it." },
      { name: "old_value", type: "text", meaning: "What the page said before." },
      { name: "new_value", type: "text", meaning: "What it says now." },
      { name: "reason", type: "text", meaning: "Why the figure changed." },
      ...withTranslatedTitle(citation("the new figure, or the correction")),
    ],
    origin: "Written by the editors, one row per change, whenever a figure already published moves.",
    cleaning: ["Checked as the other curated tables are."],
  },
  {
    name: "mission_reference",
    title: "What each mission was",
    row: "One acronym of the UN's fatalities file, with the mission's full name, headquarters and dates.",
    columns: [
      { name: "acronym", type: "category", meaning: "The acronym as the fatalities file writes it." },
      { name: "name", type: "text", meaning: "The full name." },
      { name: "kind", type: "category", meaning: `One of: ${oneOf(missionKinds)}.` },
      {
        name: "headquarters",
        type: "text",
        meaning: "The headquarters town; empty where no source names one.",
      },
      { name: "area", type: "text", meaning: "For a curated row whose source names no town: the country or region the mission works on." },
      {
        name: "latitude",
        type: "degrees",
        meaning:
          "Of the headquarters: the UN's list's point, corrected where noted; for a curated row, the point of the same town in the list or in Geo-PKO. Empty where no source gives one.",
      },
      { name: "longitude", type: "degrees", meaning: "Of the headquarters, from the same source as the latitude." },
      {
        name: "start_date",
        type: "day, month or year",
        meaning: "When the mission began, as precisely as its source says; empty where it does not.",
      },
      {
        name: "end_date",
        type: "day, month or year",
        meaning: "When it ended; empty for a mission still running or whose end no source gives.",
      },
      { name: "running", type: "yes or no", meaning: "Whether the mission was still running when its source was published." },
      {
        name: "combines",
        type: "text",
        meaning:
          'For a row of the UN\'s list that sums the phases of a mission ("UNEF (I & II)"), the phases, which the list also gives one by one.',
      },
      { name: "listed_by", type: "category", meaning: "UN list of operations, or curated (the missions the list leaves out)." },
      { name: "report", type: "text", meaning: "For a curated row: the UN document symbol of its source, where it is one; else empty." },
      { name: "source_url", type: "address", meaning: "The UN's list's dataset page, or the source of the curated row." },
      { name: "note", type: "text", meaning: "For a curated row: what the source says, in our words." },
    ],
    origin:
      "The UN's list of peacekeeping operations (DPPADPOSS-PKO), pinned by its sha256, for the operations it holds; the curated table other_missions (one source per row) for the political missions, offices and the one operation it leaves out.",
    cleaning: [
      "Coordinates the list writes with a decimal comma, where the others have a point, are read as decimals.",
      "The list writes most of its dates as the first day of a month, which cannot be told from a mission that began or ended on the 1st: such a date is kept as its month (`YYYY-MM`), and a death later that month is not counted as after the mission's end.",
      "Where the list is wrong (longitude and latitude swapped, MINUSMA's missing end date, a name cut short, a latitude not of the town named), the cell is replaced by a row of the curated table operation_corrections, which gives the value it replaces, the reason and a source. Every correction's cell still holds the value it replaces; no town is given two points by two rows, and no corrected headquarters lies elsewhere than where Geo-PKO maps it for the same mission.",
      "Every acronym of the fatalities file is found in the list or in the curated table, and in one of them only.",
    ],
  },
];
