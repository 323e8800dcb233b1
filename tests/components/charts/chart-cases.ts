/**
 * Every chart function drawn from the fixtures, at each notable case: the golden-SVG tests
 * (chart-snapshots.test.ts) and the pseudo-locale tests (i18n/pseudo-locale.test.ts) draw the same ones.
 */
import { contingentsTable } from "../../../data-loaders/contingents.js";
import { flightsTable } from "../../../data-loaders/flights.js";
import { strengthTable, type StrengthRow } from "../../../data-loaders/strength.js";
import {
  cumulativeTollChart,
  fatalitiesByYearChart,
  missionRankingChart,
  missionsComparisonChart,
  nationalitiesChart,
} from "../../../src/components/charts/toll-charts.js";
import { contingentsChart, flightRefusalsChart, strengthChart } from "../../../src/components/charts/force-charts.js";
import { MALICIOUS_ACT } from "../../../src/components/metrics/counting.js";
import { flightRefusals } from "../../../src/components/metrics/flights.js";
import { departingContingents } from "../../../src/components/metrics/force.js";
import { missionSummaries } from "../../../src/components/metrics/missions.js";
import { cumulativeToll, fatalitiesByYearAndCategory, missionRanking, topNationalities } from "../../../src/components/metrics/toll.js";
import type { DrawChart } from "../../../src/components/render/static-chart.js";
import { message } from "../../../src/components/i18n/messages.js";
import { nationalitiesIn, nationalityCodes } from "../../../src/components/i18n/countries.js";
import { countryWithNeighbours, MALI, worldOutlines } from "../../../src/components/charts/geography.js";
import { headquartersWorldMap, locatorMap } from "../../../src/components/charts/locator-map.js";
import { statementsFigures } from "../../../src/components/figures/statements.js";
import { tollStatementsChart } from "../../../src/components/charts/statements-chart.js";
import { parseCasualties } from "../../../data-loaders/casualties.js";
import { parseCuratedTable } from "../../../data-loaders/curated.js";
import { tollStatementsTable } from "../../../data-loaders/toll-statements.js";
import { contributorsByYear, personnelLeft, personnelToLeave, placesByYear } from "../../../src/components/metrics/withdrawal.js";
import {
  closuresChart,
  contributorsChart,
  personnelLeftChart,
  placesChart,
  sitesMap,
} from "../../../src/components/charts/withdrawal-charts.js";
import { contributorsIn, sitesIn } from "../../../src/components/sections/withdrawal.js";
import * as aq from "arquero";
import { contingentsCsvOptions, flightsCsvOptions, strengthCsvOptions } from "../../../src/components/client/csv-options.js";
import { fixtureCasualtiesTable, fixtureCuratedTable, fixtureWithdrawalTables, readFixture } from "../../helpers.js";

const TODAY = "2026-01-01";
const casualties = fixtureCasualtiesTable();
const flights = fixtureCuratedTable("flights-good.csv", flightsTable(TODAY), flightsCsvOptions);
const strength = fixtureCuratedTable("strength-good.csv", strengthTable(TODAY), strengthCsvOptions).objects() as StrengthRow[];
const departing = departingContingents(fixtureCuratedTable("contingents-good.csv", contingentsTable(TODAY), contingentsCsvOptions));

const { deployments, contributors, closures, withdrawal } = fixtureWithdrawalTables(TODAY);
// The claims fixtures: a MINUSMA of twelve deaths and five statements of its toll, two of them 23 days apart.
const statements = statementsFigures({
  casualties: aq.from(
    parseCasualties(readFixture("claims", "fatalities.csv"), { source: "fixture", file: "fatalities.csv", today: TODAY }).rows,
  ),
  tollStatements: aq.from(
    parseCuratedTable(readFixture("claims", "toll_statements.csv"), tollStatementsTable(TODAY), "toll_statements.csv"),
  ),
});

/** One drawing per chart function and notable case, named as its golden files are; a French one ends in "-fr". */
export const chartCases: Record<string, DrawChart> = {
  "fatalities-by-year-incident": (o) => fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA"), { mission: "FIXA", ...o }),
  "fatalities-by-year-personnel": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA", "personnel_type"), {
      mission: "FIXA",
      category: "personnel_type",
      ...o,
    }),
  // The French edition's drawing of the same chart: words, numbers and categories in French.
  "fatalities-by-year-incident-fr": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA"), { mission: "FIXA", locale: "fr", ...o }),
  "fatalities-by-year-personnel-fr": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA", "personnel_type"), {
      mission: "FIXA",
      category: "personnel_type",
      locale: "fr",
      ...o,
    }),
  "fatalities-by-year-annotated": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA"), {
      mission: "FIXA",
      annotations: [
        { year: 2020, label: "A fixture event" },
        { year: 2021, label: "Another" },
      ],
      ...o,
    }),
  "mission-ranking": (o) =>
    missionRankingChart(missionRanking(casualties, MALICIOUS_ACT), {
      highlight: "FIXB",
      label: message("en", "chart.statements.definition.malicious"),
      ...o,
    }),
  "mission-ranking-outside-top": (o) =>
    missionRankingChart(missionRanking(casualties), {
      highlight: "FIXC",
      top: 1,
      label: message("en", "chart.statements.definition.all"),
      ...o,
    }),
  "mission-ranking-outside-top-fr": (o) =>
    missionRankingChart(missionRanking(casualties), {
      highlight: "FIXC",
      top: 1,
      label: message("fr", "chart.statements.definition.all"),
      locale: "fr",
      ...o,
    }),
  "flight-refusals": (o) => flightRefusalsChart(flightRefusals(flights), o),
  "flight-refusals-fr": (o) => flightRefusalsChart(flightRefusals(flights), { locale: "fr", ...o }),
  strength: (o) => strengthChart(strength, departing, o),
  contingents: (o) => contingentsChart(departing, o),
  "strength-fr": (o) => strengthChart(strength, departing, { locale: "fr", ...o }),
  "contingents-fr": (o) => contingentsChart(departing, { locale: "fr", ...o }),
  "cumulative-toll": (o) => cumulativeTollChart(cumulativeToll(casualties, "FIXA"), { mission: "FIXA", ...o }),
  "cumulative-toll-fr": (o) => cumulativeTollChart(cumulativeToll(casualties, "FIXA"), { mission: "FIXA", locale: "fr", ...o }),
  // As the page passes them: "All others" in the edition's words.
  nationalities: (o) =>
    nationalitiesChart(nationalitiesIn(topNationalities(casualties, "FIXA", 3), nationalityCodes(casualties), "en"), {
      mission: "FIXA",
      ...o,
    }),
  // The French page passes the names in French; the chart writes its own words and numbers.
  "nationalities-fr": (o) =>
    nationalitiesChart(
      topNationalities(casualties, "FIXA", 3).map((row, i) => ({ ...row, nationality: `Pays fictif ${i + 1}` })),
      { mission: "FIXA", locale: "fr", ...o },
    ),
  "missions-comparison": (o) => missionsComparisonChart(missionSummaries(casualties), o),
  "missions-comparison-fr": (o) => missionsComparisonChart(missionSummaries(casualties), { locale: "fr", ...o }),
  "toll-statements": (o) => tollStatementsChart(statements.series, statements.statements, o),
  "toll-statements-fr": (o) => tollStatementsChart(statements.series, statements.statements, { locale: "fr", ...o }),
  "sites-map": (o) => sitesMap(closures, countryWithNeighbours(MALI), o),
  locator: (o) =>
    locatorMap({ acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, running: false }, worldOutlines(), o),
  "locator-fr": (o) =>
    locatorMap({ acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, running: false }, worldOutlines(), {
      locale: "fr",
      ...o,
    }),
  // Two missions at one town share a label; a mission without a point is named as not drawn.
  "headquarters-world-map": (o) =>
    headquartersWorldMap(
      [
        { acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, deaths: 7 },
        { acronym: "FIXB", headquarters: "Fixtown", latitude: 12.65, longitude: -8, deaths: 2 },
        { acronym: "FIXC", headquarters: "Fixport", latitude: -8.57, longitude: 125.57, deaths: 3 },
      ],
      ["FIXD"],
      worldOutlines(),
      o,
    ),
  "headquarters-world-map-fr": (o) =>
    headquartersWorldMap(
      [{ acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, deaths: 1234 }],
      [],
      worldOutlines(),
      {
        locale: "fr",
        ...o,
      },
    ),
  // A long name wraps within the half of the map right of its dot.
  "locator-long-name": (o) =>
    locatorMap(
      {
        acronym: "FIXB",
        headquarters: "Fixtown (Nov-Apr) and Fixport (May-Oct), a long fixture name",
        latitude: -8.57,
        longitude: 125.57,
        running: true,
      },
      worldOutlines(),
      o,
    ),
  "sites-map-fr": (o) => sitesMap(sitesIn(closures, "fr"), countryWithNeighbours(MALI), { locale: "fr", ...o }),
  "site-closures": (o) => closuresChart(closures, o),
  "site-closures-fr": (o) => closuresChart(sitesIn(closures, "fr"), { locale: "fr", ...o }),
  "personnel-left": (o) => personnelLeftChart(personnelLeft(withdrawal), personnelToLeave(withdrawal), o),
  "personnel-left-fr": (o) => personnelLeftChart(personnelLeft(withdrawal), personnelToLeave(withdrawal), { locale: "fr", ...o }),
  places: (o) =>
    placesChart(placesByYear(aq.from(deployments), "MINUSMA", 2014, 2023), {
      annotations: [{ year: 2023, label: "A fixture event" }],
      ...o,
    }),
  "places-fr": (o) =>
    placesChart(placesByYear(aq.from(deployments), "MINUSMA", 2014, 2023), {
      annotations: [{ year: 2023, label: "Un événement de test" }],
      locale: "fr",
      ...o,
    }),
  contributors: (o) =>
    contributorsChart(contributorsByYear(aq.from(contributors), "MINUSMA", 2014, 2023), ["Germany"], {
      annotations: [{ year: 2022, label: "A fixture event" }],
      ...o,
    }),
  "contributors-fr": (o) => {
    const named = contributorsIn(contributorsByYear(aq.from(contributors), "MINUSMA", 2014, 2023), ["Germany"], "fr");
    return contributorsChart(named.contributors, named.departing, {
      annotations: [{ year: 2022, label: "Un événement de test" }],
      locale: "fr",
      ...o,
    });
  },
};
