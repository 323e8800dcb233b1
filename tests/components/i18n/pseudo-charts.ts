/**
 * The charts of every mission page, as their pages draw them, for the pseudo-locale tests. A test
 * file that imports this module swaps the pseudo-locale in for the English catalogue first
 * (`vi.mock`, see tests/components/i18n/pseudo-locale.test.ts).
 */
import {
  cumulativeTollChart,
  fatalitiesByYearChart,
  missionRankingChart,
  missionsComparisonChart,
  nationalitiesChart,
} from "../../../src/components/charts.js";
import { worldOutlines } from "../../../src/components/geography.js";
import { nationalitiesIn, nationalityCodes } from "../../../src/components/i18n/countries.js";
import { headquartersWorldMap, locatorMap } from "../../../src/components/locator-map.js";
import { MALICIOUS_ACT } from "../../../src/components/metrics/counting.js";
import { missionSummaries } from "../../../src/components/metrics/missions.js";
import { cumulativeToll, fatalitiesByYearAndCategory, missionRanking, topNationalities } from "../../../src/components/metrics/toll.js";
import type { DrawChart } from "../../../src/components/static-chart.js";
import { fixtureCasualtiesTable } from "../../helpers.js";
import { pseudoText } from "./pseudo-locale.js";

export const casualties = fixtureCasualtiesTable();
const nationalities = nationalitiesIn(topNationalities(casualties, "FIXA", 1), nationalityCodes(casualties), "en");

/** The mission pages' charts, given what their pages give them; words a page passes in are in pseudo letters too. */
export const missionPageCharts: Record<string, DrawChart> = {
  "fatalities by year and incident": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA"), { mission: "FIXA", ...o }),
  "fatalities by year and personnel": (o) =>
    fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA", "personnel_type"), {
      mission: "FIXA",
      category: "personnel_type",
      ...o,
    }),
  "cumulative toll": (o) => cumulativeTollChart(cumulativeToll(casualties, "FIXA"), { mission: "FIXA", ...o }),
  "mission ranking": (o) =>
    missionRankingChart(missionRanking(casualties, MALICIOUS_ACT), {
      highlight: "FIXC",
      top: 1,
      label: pseudoText("malicious acts"),
      ...o,
    }),
  nationalities: (o) => nationalitiesChart(nationalities, { mission: "FIXA", ...o }),
  "missions comparison": (o) => missionsComparisonChart(missionSummaries(casualties), o),
  locator: (o) =>
    locatorMap({ acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, running: true }, worldOutlines(), o),
  "headquarters world map": (o) =>
    headquartersWorldMap(
      [
        { acronym: "FIXA", headquarters: "Fixtown", latitude: 12.65, longitude: -8, deaths: 7 },
        { acronym: "FIXB", headquarters: "Fixport", latitude: -8.57, longitude: 125.57, deaths: 3 },
      ],
      ["FIXD"],
      worldOutlines(),
      o,
    ),
};
