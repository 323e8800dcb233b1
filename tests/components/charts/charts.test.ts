import { locatorMap } from "../../../src/components/charts/locator-map.js";
import { worldOutlines } from "../../../src/components/charts/geography.js";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { incidentTypes } from "../../../data-loaders/casualties.js";
import { contingentsTable } from "../../../data-loaders/contingents.js";
import { flightsTable } from "../../../data-loaders/flights.js";
import { strengthTable, type StrengthRow } from "../../../data-loaders/strength.js";
import {
  cumulativeTollChart,
  missionsComparisonChart,
  nationalitiesChart,
  fatalitiesByYearChart,
  missionRankingChart,
  rankingShown,
  everyYear,
} from "../../../src/components/charts/toll-charts.js";
import { toTime } from "../../../src/components/charts/drawing.js";
import {
  contingentsChart,
  departureLabelsAt,
  flightRefusalsChart,
  inDepartureOrder,
  strengthChart,
} from "../../../src/components/charts/force-charts.js";
import { MALICIOUS_ACT } from "../../../src/components/metrics/counting.js";
import { flightRefusals } from "../../../src/components/metrics/flights.js";
import { departingContingents } from "../../../src/components/metrics/force.js";
import { missionSummaries } from "../../../src/components/metrics/missions.js";
import { cumulativeToll, topNationalities, fatalitiesByYearAndCategory, missionRanking } from "../../../src/components/metrics/toll.js";
import { incidentColors } from "../../../src/components/charts/palette.js";
import { chartWidths } from "../../../src/components/render/static-chart.js";
import { countryLabel, fitLabel, textWidth, widestLabel } from "../../../src/components/charts/text-width.js";
import { contingentsCsvOptions, flightsCsvOptions, strengthCsvOptions } from "../../../src/components/client/csv-options.js";
import { fixtureCasualtiesTable, fixtureCuratedTable, fixtureWithdrawalTables } from "../../helpers.js";
import * as aq from "arquero";
import { formatter } from "../../../src/components/i18n/format.js";
import { statedNumber } from "../../../src/components/i18n/figure-words.js";
import { contributorsByYear, personnelLeft, personnelToLeave } from "../../../src/components/metrics/withdrawal.js";
import { tollStatementsChart } from "../../../src/components/charts/statements-chart.js";
import { contributorsChart, personnelLeftChart } from "../../../src/components/charts/withdrawal-charts.js";

const casualties = fixtureCasualtiesTable();
const { document } = parseHTML("<!doctype html><html><body></body></html>");

function svgOf(figure: Element): Element {
  const svg =
    figure.tagName.toLowerCase() === "svg" ? figure : (figure.querySelector("svg[aria-label]") ?? figure.querySelector("svg:last-of-type"));
  if (!svg) throw new Error("the chart drew no svg");
  return svg;
}

describe("fatalitiesByYearChart", () => {
  const rows = fatalitiesByYearAndCategory(casualties, "FIXA");
  const figure = fatalitiesByYearChart(rows, { mission: "FIXA", document: document as unknown as Document }) as unknown as Element;

  it("draws one bar per year and incident type", () => {
    const bars = figure.querySelectorAll("g[aria-label='bar'] rect");
    expect(bars.length).toBe(rows.length);
  });

  it("has an accessible name, a description with the totals, a title and a source", () => {
    const svg = svgOf(figure);
    expect(svg.getAttribute("aria-label")).toContain("FIXA fatalities per year");
    // The fixture's FIXA rows: 2 in 2013, 3 in 2014, 2 in 2016.
    expect(svg.getAttribute("aria-description")).toContain("7 fatalities, 2013–2016; the most in 2014 (3)");
    expect(figure.textContent).toContain("7 fatalities, 2013–2016; the most in 2014 (3)");
    expect(figure.textContent).toContain("FIXA: fatalities per year, by type of incident");
    expect(figure.textContent).toContain("Source: United Nations");
  });

  it("states its point in its first line for a single year, one death, and a tie, in both editions", () => {
    const draw = (rows: { year: number; category: string; fatalities: number }[], locale: "en" | "fr" = "en") =>
      (fatalitiesByYearChart(rows, { mission: "FIXA", locale, document: document as unknown as Document }) as unknown as Element)
        .textContent;
    const one = draw([{ year: 2004, category: "Illness", fatalities: 1 }]);
    expect(one).toContain("1 fatality, 2004");
    expect(one).not.toContain("2004–2004");
    expect(one).not.toContain("the most in");
    const tied = [
      { year: 2016, category: "Accident", fatalities: 3 },
      { year: 2017, category: "Illness", fatalities: 3 },
      { year: 2018, category: "Illness", fatalities: 1 },
    ];
    expect(draw(tied)).toContain("7 fatalities, 2016–2018; the most in 2016 and 2017 (3 each)");
    expect(draw(tied, "fr")).toContain("7 décès, 2016–2018\u202f; au plus haut en 2016 et 2017 (3 chaque année)");
    // Every year with a death counting as many: no year is "the most".
    const even = [
      { year: 2013, category: "Accident", fatalities: 1 },
      { year: 2015, category: "Illness", fatalities: 1 },
    ];
    expect(draw(even)).toContain("2 fatalities, 2013–2015; 1 in each of 2013 and 2015");
    expect(draw(even)).not.toContain("the most in");
    expect(draw(even, "fr")).toContain("2 décès, 2013–2015\u202f; 1 pour chacune des années 2013 et 2015");
  });

  it("lists in its legend only the categories it draws a bar for", () => {
    const two = [
      { year: 2020, category: "Malicious Act", fatalities: 2 },
      { year: 2021, category: "Accident", fatalities: 1 },
      { year: 2021, category: "Illness", fatalities: 0 },
    ];
    const drawn = fatalitiesByYearChart(two, { mission: "FIXA", document: document as unknown as Document }) as unknown as Element;
    const legend = [...drawn.querySelectorAll("span, div")]
      .filter((element) => element.children.length <= 1 && /swatch/.test(element.getAttribute("class") ?? ""))
      .map((element) => element.textContent?.trim());
    expect(legend).toEqual(["Malicious Act", "Accident"]);
  });

  it("has a colour for every incident type the pipeline accepts, and no other", () => {
    expect(Object.keys(incidentColors).sort()).toEqual([...incidentTypes].sort());
  });
});

describe("missionRankingChart", () => {
  it("draws the top missions with the highlighted one in the malicious-act colour", () => {
    const ranking = missionRanking(casualties, MALICIOUS_ACT);
    const figure = missionRankingChart(ranking, {
      highlight: "FIXB",
      label: "malicious acts",
      document: document as unknown as Document,
    }) as unknown as Element;
    const bars = [...figure.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars).toHaveLength(2);
    expect(bars.map((bar) => bar.getAttribute("fill"))).toEqual(["#9AA5B1", incidentColors[MALICIOUS_ACT]]);
    expect(svgOf(figure).getAttribute("aria-description")).toContain("1. FIXA: 4; 2. FIXB: 1");
  });

  it("says in French which mission has the most as a desk writes it, with the mission's article", () => {
    const figure = missionRankingChart(missionRanking(casualties, MALICIOUS_ACT), {
      highlight: "FIXA",
      label: "actes malveillants",
      locale: "fr",
      document: document as unknown as Document,
    }) as unknown as Element;
    // Not "La mission FIXA en compte le plus, 4", whose "en" has nothing to stand for under the title.
    expect(figure.textContent).toContain(
      "C’est la mission FIXA qui compte le plus de morts (actes malveillants)\u00a0: 4. La mission FIXA en couleur",
    );
  });
});

describe("charts of the curated tables", () => {
  const TODAY = "2026-01-01";
  const flights = fixtureCuratedTable("flights-good.csv", flightsTable(TODAY), flightsCsvOptions);
  const strength = fixtureCuratedTable("strength-good.csv", strengthTable(TODAY), strengthCsvOptions).objects() as StrengthRow[];
  const departing = departingContingents(fixtureCuratedTable("contingents-good.csv", contingentsTable(TODAY), contingentsCsvOptions));
  const doc = document as unknown as Document;

  it("draws a bar for each figure a flight period gives, and none for a missing one", () => {
    const figure = flightRefusalsChart(flightRefusals(flights), { document: doc }) as unknown as Element;
    // Period 1: requested, refused, drones; period 2: requested, refused.
    expect(figure.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(5);
    expect(svgOf(figure).getAttribute("aria-description")).toContain(
      "1 January–31 March 2023: 100 requested, 20 refused or left unanswered, 15 of them for drone flights; 1 April–15 May 2023: 50 requested, 50 refused or left unanswered.",
    );
    // The point comes first, from the fixture's periods: 20 of 100 and 50 of 50.
    expect(svgOf(figure).getAttribute("aria-description")).toMatch(
      /^20\.0% of requests refused or left unanswered from 1 January to 31 March 2023 and 100\.0% refused or left unanswered from 1 April to 15 May 2023\./,
    );
  });

  it("draws deployed figures as dots, hollow when approximate, and the ceilings as steps", () => {
    const figure = strengthChart(strength, departing, { document: doc }) as unknown as Element;
    expect(figure.querySelectorAll("g[aria-label='dot'] circle")).toHaveLength(2);
    expect(figure.querySelectorAll("g[aria-label='dot'][fill='white'] circle")).toHaveLength(1);
    // One ceiling series (military): a single stepped path through its three figures.
    expect(figure.querySelectorAll("g[aria-label='line'] path")).toHaveLength(1);
    expect(svgOf(figure).getAttribute("aria-description")).toContain(
      "Ceilings: 25 April 2013, military: 11,200; 29 June 2016, military: 13,289; 1 January 2018, military: about 13,289.",
    );
    // The point, first: the fixture's one count of soldiers (12,000 in 2018) is under the 13,289 of 2016.
    expect(figure.textContent).toContain("Every published count of soldiers and police (1) was below the ceiling then in force.");
  });

  it("draws each departing contingent as a bar, completed departures in their own colour", () => {
    const figure = contingentsChart(departing, { document: doc }) as unknown as Element;
    const bars = [...figure.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars).toHaveLength(2);
    expect(new Set(bars.map((bar) => bar.getAttribute("fill"))).size).toBe(2);
    expect(svgOf(figure).getAttribute("aria-description")).toContain("Fixtureland (police): 40, left 5 Jan 2023");
  });

  it("draws the contingents in the order its source list follows: by departure, else announcement", () => {
    const [first] = departing;
    const rows = [
      { ...first, country: "Latonia", departed: "2023-12", announced: "2022-01" },
      { ...first, country: "Earlonia", departed: null, announced: "2022-06" },
      { ...first, country: "Midonia", departed: "2023-03", announced: "2022-02" },
    ];
    const figure = contingentsChart(rows, { document: doc }) as unknown as Element;
    const drawn = [...figure.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((label) => label.textContent?.split(" (")[0]);
    expect(drawn).toEqual(["Earlonia", "Midonia", "Latonia"]);
    expect(inDepartureOrder(rows).map((row) => row.country)).toEqual(drawn);
  });
});

describe("[chart states its point] for a single year, a single death and a single nationality", () => {
  const doc = document as unknown as Document;
  it("says the toll of a one-year mission in that year, with the right number of deaths", () => {
    const text = (
      cumulativeTollChart([{ year: 2004, all: 1, malicious: 0, cumulative_all: 1, cumulative_malicious: 0 }], {
        mission: "FIXO",
        document: doc,
      }) as unknown as Element
    ).textContent;
    expect(text).toContain("FIXO: the toll in 2004");
    expect(text).toContain("1 death recorded in 2004, not from a malicious act");
    expect(text).not.toContain("year after year");
  });

  it("says every death from attacks, or none, in words rather than '1 of them' or '0 of them', in both editions", () => {
    const draw = (malicious: number, locale: "en" | "fr") =>
      (
        cumulativeTollChart(
          [
            { year: 1999, all: 1, malicious: 0, cumulative_all: 1, cumulative_malicious: 0 },
            { year: 2000, all: 1, malicious, cumulative_all: 2, cumulative_malicious: malicious },
          ],
          { mission: "FIXO", locale, document: doc },
        ) as unknown as Element
      ).textContent;
    expect(draw(0, "en")).toContain("2 deaths recorded from 1999 to 2000, none from malicious acts");
    // One death is one act, in the singular.
    expect(draw(1, "en")).toContain("2 deaths recorded from 1999 to 2000, 1 of them from a malicious act;");
    // A death is "dû à" its cause in French, not "par" it.
    expect(draw(0, "fr")).toContain("2 décès enregistrés de 1999 à 2000, aucun dû à un acte malveillant");
    expect(draw(1, "fr")).toContain("2 décès enregistrés de 1999 à 2000, dont 1 dû à un acte malveillant\u202f;");
    expect(draw(2, "fr")).toContain("2 décès enregistrés de 1999 à 2000, tous dus à des actes malveillants\u202f;");
  });

  it("says that long country names are shortened only where a phone's drawing shortens one, in both drawings alike", () => {
    const caption = (nationality: string, width: number) =>
      (
        nationalitiesChart([{ nationality, fatalities: 2, nationalities: 1 }], {
          mission: "FIXO",
          document: doc,
          width,
        }) as unknown as Element
      ).querySelector("figcaption")?.textContent;
    const long = "United Kingdom of Great Britain and Northern Ireland";
    expect(caption(long, 340)).toContain("Long country names are shortened");
    expect(caption(long, 720)).toContain("Long country names are shortened");
    expect(caption("Chad", 340)).not.toContain("shortened");
  });

  it("names the one nationality of a single death, and never a lead the 'all others' bar could share", () => {
    const one = (
      nationalitiesChart([{ nationality: "Chad", fatalities: 1, nationalities: 1 }], {
        mission: "FIXO",
        document: doc,
      }) as unknown as Element
    ).textContent;
    expect(one).toContain("The one death: Chad");
    const lead = nationalitiesChart(
      [
        { nationality: "Chad", fatalities: 5, nationalities: 1 },
        { nationality: "Niger", fatalities: 2, nationalities: 1 },
        { nationality: "All others (3 nationalities)", fatalities: 3, nationalities: 3 },
      ],
      { mission: "FIXO", locale: "fr", document: doc },
    ) as unknown as Element;
    expect(lead.textContent).toContain("le plus de morts\u00a0: Chad (5)");
    // The grouped bar follows the recorded nationalities drawn one by one; "Undetermined" is a bar, not one of them.
    expect(lead.textContent).toContain("au-delà des deux premières, les nationalités sont regroupées");
    const withUndetermined = nationalitiesChart(
      [
        { nationality: "Chad", fatalities: 5, nationalities: 1 },
        { nationality: "Undetermined", fatalities: 4, nationalities: 1 },
        { nationality: "Niger", fatalities: 2, nationalities: 1 },
        { nationality: "All others (3 nationalities)", fatalities: 3, nationalities: 3 },
      ],
      { mission: "FIXO", document: doc },
    ) as unknown as Element;
    expect(withUndetermined.textContent).toContain("beyond the first two, nationalities grouped together");
    const even = nationalitiesChart(
      [
        { nationality: "Kenya", fatalities: 1, nationalities: 1 },
        { nationality: "Chad", fatalities: 1, nationalities: 1 },
      ],
      { mission: "FIXO", document: doc },
    ) as unknown as Element;
    expect(even.textContent).toContain("No nationality counts more than one death");
    // "Undetermined" is no nationality: the most deaths are said of the recorded ones (UNPF: 3 undetermined, France 2).
    const unrecorded = nationalitiesChart(
      [
        { nationality: "Undetermined", fatalities: 3, nationalities: 1 },
        { nationality: "France", fatalities: 2, nationalities: 1 },
        { nationality: "Chad", fatalities: 1, nationalities: 1 },
      ],
      { mission: "FIXO", document: doc },
    ) as unknown as Element;
    // Three undetermined outnumber France: its lead is said of the recorded nationalities.
    expect(unrecorded.textContent).toContain("The most deaths of a recorded nationality: France (2)");
    expect(unrecorded.textContent).not.toContain("all other nationalities together");
    expect(even.textContent).not.toContain("The most deaths");
  });
});

describe("mission page charts", () => {
  const doc = document as unknown as Document;

  it("shows the highlighted mission even when it is outside the top", () => {
    const ranking = missionRanking(casualties);
    const figure = missionRankingChart(ranking, { highlight: "FIXB", top: 1, label: "all causes", document: doc }) as unknown as Element;
    const bars = [...figure.querySelectorAll("g[aria-label='bar'] rect")];
    expect(bars).toHaveLength(2);
    expect(figure.textContent).toContain("The mission with the most fatalities from all causes, and FIXB");
  });

  it("never cuts a tie at the edge of the top: every mission ranked within it is drawn and counted in the title", () => {
    const ranking = [
      { mission: "TOP", fatalities: 9, rank: 1 },
      { mission: "MID", fatalities: 4, rank: 2 },
      { mission: "PEER", fatalities: 4, rank: 2 },
      { mission: "LOW", fatalities: 1, rank: 4 },
    ];
    expect(rankingShown(ranking, "TOP", 2).map((row) => row.mission)).toEqual(["TOP", "MID", "PEER"]);
    const figure = missionRankingChart(ranking, { highlight: "PEER", top: 2, label: "all causes", document: doc }) as unknown as Element;
    expect(figure.textContent).toContain("The 3 missions with the most fatalities from all causes");
    expect(figure.textContent).not.toContain(", and PEER");
    expect(rankingShown(ranking, "LOW", 2).map((row) => row.mission)).toEqual(["TOP", "MID", "PEER", "LOW"]);
  });

  it("states where the highlighted mission stands, and which has the most, in both editions", () => {
    const ranking = [
      { mission: "TOP", fatalities: 9, rank: 1 },
      { mission: "MID", fatalities: 4, rank: 2 },
      { mission: "PEER", fatalities: 4, rank: 2 },
    ];
    const point = (highlight: string, locale: "en" | "fr" = "en") =>
      svgOf(missionRankingChart(ranking, { highlight, label: "all causes", locale, document: doc }) as unknown as Element).getAttribute(
        "aria-description",
      );
    expect(point("TOP")).toMatch(/^TOP has the most, 9\./);
    expect(point("MID")).toMatch(/^MID ranks joint 2nd, with 4; the most: TOP, 9\./);
    expect(point("MID", "fr")).toMatch(/^La mission MID est 2e ex aequo, avec 4\u202f; en tête\u00a0: la mission TOP, 9\./);
  });

  it("leaves a gap for a year without deaths on the year axis", () => {
    const figure = fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA", "personnel_type"), {
      mission: "FIXA",
      category: "personnel_type",
      document: doc,
    }) as unknown as Element;
    const ticks = [...figure.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((text) => text.textContent);
    expect(ticks).toEqual(["2013", "2014", "2015", "2016"]);
    expect(figure.textContent).toContain("by type of personnel");
  });

  it("ticks the running toll's year axis at whole years only, each year labelled once", () => {
    const rows = [
      { year: 2013, all: 1, malicious: 0, cumulative_all: 1, cumulative_malicious: 0 },
      { year: 2015, all: 1, malicious: 0, cumulative_all: 2, cumulative_malicious: 0 },
    ];
    const figure = cumulativeTollChart(rows, { mission: "FIXP", document: doc }) as unknown as Element;
    const ticks = [...figure.querySelectorAll("g[aria-label='x-axis tick label'] text")].map((text) => text.textContent);
    expect(ticks).toEqual(["2013", "2014", "2015"]);
  });

  it("draws the running toll as two lines and the nationalities as bars", () => {
    const cumulative = cumulativeTollChart(cumulativeToll(casualties, "FIXA"), { mission: "FIXA", document: doc }) as unknown as Element;
    expect(cumulative.querySelectorAll("g[aria-label='line'] path")).toHaveLength(2);
    expect(svgOf(cumulative).getAttribute("aria-description")).toContain("2016: 7 in all, 4 from malicious acts");
    const nationalities = nationalitiesChart(topNationalities(casualties, "FIXA", 3), {
      mission: "FIXA",
      document: doc,
    }) as unknown as Element;
    // Three named, all 3 others, and the 1 death of undetermined nationality on its own bar.
    expect(nationalities.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(5);
  });

  it("splits each mission's bar into malicious acts and other causes", () => {
    const figure = missionsComparisonChart(missionSummaries(casualties), { document: doc }) as unknown as Element;
    expect(figure.querySelectorAll("g[aria-label='bar'] rect")).toHaveLength(6);
    expect(svgOf(figure).getAttribute("aria-description")).toContain("FIXA: 7 in all, 4 from malicious acts");
  });
});

describe("every chart at a phone's width", () => {
  const doc = document as unknown as Document;
  // The width the build draws every chart at for phones.
  const width = chartWidths.narrow;
  const TODAY = "2024-01-01";
  const flights = fixtureCuratedTable("flights-good.csv", flightsTable(TODAY), flightsCsvOptions);
  const strength = fixtureCuratedTable("strength-good.csv", strengthTable(TODAY), strengthCsvOptions).objects() as StrengthRow[];
  const departing = departingContingents(fixtureCuratedTable("contingents-good.csv", contingentsTable(TODAY), contingentsCsvOptions));
  const charts: [string, () => unknown][] = [
    [
      "fatalities by year",
      () => fatalitiesByYearChart(fatalitiesByYearAndCategory(casualties, "FIXA"), { mission: "FIXA", width, document: doc }),
    ],
    [
      "mission ranking",
      () => missionRankingChart(missionRanking(casualties), { highlight: "FIXA", label: "all causes", width, document: doc }),
    ],
    ["flight refusals", () => flightRefusalsChart(flightRefusals(flights), { width, document: doc })],
    ["strength", () => strengthChart(strength, departing, { width, document: doc })],
    ["contingents", () => contingentsChart(departing, { width, document: doc })],
    ["running toll", () => cumulativeTollChart(cumulativeToll(casualties, "FIXA"), { mission: "FIXA", width, document: doc })],
    ["nationalities", () => nationalitiesChart(topNationalities(casualties, "FIXA", 3), { mission: "FIXA", width, document: doc })],
    ["missions comparison", () => missionsComparisonChart(missionSummaries(casualties), { width, document: doc })],
  ];

  it.each(charts)("%s: fits, with no mark of negative size", (_, draw) => {
    const figure = draw() as Element;
    const svg = svgOf(figure);
    expect(Number(svg.getAttribute("width"))).toBeLessThanOrEqual(width);
    for (const shape of figure.querySelectorAll("rect, image")) {
      for (const size of ["width", "height"]) {
        const value = shape.getAttribute(size);
        if (value !== null) expect(parseFloat(value), `${shape.tagName} ${size}="${value}"`).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe("toTime", () => {
  it("places a month-only date mid-month on a time axis", () => {
    expect(toTime("2022-03").toISOString()).toBe("2022-03-15T00:00:00.000Z");
    expect(toTime("2022-03-27").toISOString()).toBe("2022-03-27T00:00:00.000Z");
  });
});

describe("everyYear", () => {
  const eleven = Array.from({ length: 11 }, (_, i) => 2013 + i);

  it("labels every year when the chart is wide enough, and fewer when it is not", () => {
    expect(everyYear(eleven, 660).ticks).toEqual(eleven);
    // On a phone, 280 pixels for 11 years leave 25 pixels a year: a label every other year.
    expect(everyYear(eleven, 280).ticks).toEqual([2014, 2016, 2018, 2020, 2022]);
    expect(everyYear(eleven, 280).domain).toEqual(eleven);
  });

  it("keeps the labels of a long span apart", () => {
    const years = Array.from({ length: 77 }, (_, i) => 1948 + i);
    const ticks = everyYear(years, 280).ticks;
    expect((280 / years.length) * (ticks[1] - ticks[0])).toBeGreaterThanOrEqual(30);
    expect(ticks[0] % 10).toBe(0);
  });
});

describe("labels that fit their chart", () => {
  const doc = document as unknown as Document;
  const uk = "United Kingdom of Great Britain and Northern Ireland";
  const rows = [
    { nationality: uk, fatalities: 12, nationalities: 1, short: "United Kingdom" },
    { nationality: "Venezuela (Bolivarian Republic of)", fatalities: 3, nationalities: 1 },
    { nationality: "Chad", fatalities: 1, nationalities: 1 },
  ];

  it("shortens a long country name only where it does not fit, keeping the UN's name in the description", () => {
    for (const [width, shown] of [
      [chartWidths.wide, uk],
      [chartWidths.narrow, "United Kingdom"],
    ] as const) {
      const figure = nationalitiesChart(rows, { mission: "FIXA", width, document: doc }) as unknown as Element;
      const svg = svgOf(figure);
      const labels = [...svg.querySelectorAll("g[aria-label='y-axis tick label'] text")].map((text) => text.textContent);
      expect(labels).toContain(shown);
      expect(labels).toContain("Chad");
      // Room for the longest label: Plot's tick and padding, and a gap.
      const longest = Math.max(...labels.map((label) => textWidth(label ?? "")));
      expect(Number(svg.getAttribute("width")) * 0.45).toBeGreaterThanOrEqual(longest);
      expect(svg.getAttribute("aria-description")).toContain(`${uk}: 12`);
    }
  });

  it("fitLabel drops a parenthesis, then cuts at a word with an ellipsis, and leaves a short label alone", () => {
    expect(fitLabel("Chad", 100)).toBe("Chad");
    expect(fitLabel("Venezuela (Bolivarian Republic of)", 60)).toBe("Venezuela");
    const cut = fitLabel("Democratic Republic of the Congo", 80);
    expect(cut.endsWith("…")).toBe(true);
    expect(textWidth(cut)).toBeLessThanOrEqual(80);
    expect(countryLabel(uk, 100, "United Kingdom")).toBe("United Kingdom");
    expect(countryLabel("République démocratique du Congo", 80, "RD Congo")).toBe("RD Congo");
    expect(countryLabel("Chad", 100)).toBe("Chad");
  });

  it("estimates a label's width from its letters: wider letters, wider label", () => {
    expect(textWidth("WWW")).toBeGreaterThan(textWidth("iii"));
    expect(textWidth("311")).toBeCloseTo(3 * 0.556 * 10 * 1.1, 5);
    expect(widestLabel(["a", "abc", "ab"])).toBe(textWidth("abc"));
  });

  it("gives the running toll's end label room beside the last point", () => {
    const big = [
      { year: 2013, all: 9, malicious: 1, cumulative_all: 9, cumulative_malicious: 1 },
      { year: 2023, all: 302, malicious: 173, cumulative_all: 311, cumulative_malicious: 174 },
    ];
    const svg = svgOf(cumulativeTollChart(big, { mission: "FIXA", width: chartWidths.narrow, document: doc }) as unknown as Element);
    const endLabel = [...svg.querySelectorAll("text")].find((text) => text.textContent === "311");
    const x = Number(/translate\(([\d.]+)/.exec(endLabel?.getAttribute("transform") ?? "")?.[1]);
    expect(x + 6 + textWidth("311")).toBeLessThanOrEqual(chartWidths.narrow);
  });

  it("joins departures too close on the time axis to be read apart into one label", () => {
    const at = (date: string) => new Date(`${date}T00:00:00Z`);
    const labels = departureLabelsAt(
      [
        { country: "Germany", time: at("2023-12-12") },
        { country: "Benin", time: at("2023-12-11") },
        { country: "Sweden", time: at("2023-06-15") },
      ],
      [at("2013-01-01"), at("2023-12-31")],
      290,
    );
    expect(labels.map((label) => label.text)).toEqual(["Sweden", "Benin, Germany"]);
  });
});

describe("Plot's own options", () => {
  it("reach Plot after the chart's own, so a caller can adjust a chart", () => {
    const figure = cumulativeTollChart(cumulativeToll(casualties, "FIXA"), {
      mission: "FIXA",
      height: 333,
      marginLeft: 77,
      document: document as unknown as Document,
    }) as unknown as Element;
    const svg = svgOf(figure);
    expect(svg.getAttribute("height")).toBe("333");
    const tick = svg.querySelector("g[aria-label='y-axis tick'] path");
    expect(tick?.getAttribute("transform")).toMatch(/^translate\(77,/);
  });
});

describe("[chart states its point] of the curated tables, with the words of their rows", () => {
  const TODAY = "2026-01-01";
  const doc = document as unknown as Document;
  const { contributors, withdrawal } = fixtureWithdrawalTables(TODAY);
  const description = (figure: unknown) => svgOf(figure as Element).getAttribute("aria-description") ?? "";

  it("says the last count of personnel who had left, with its date and qualifier", () => {
    const left = personnelLeft(withdrawal);
    const last = left.at(-1)!;
    const expected = `The last count, on ${formatter("en").date(last.date)}: ${statedNumber(last.personnel, last.qualifier, "en")} had left.`;
    expect(description(personnelLeftChart(left, personnelToLeave(withdrawal), { document: doc }))).toMatch(new RegExp(`^${expected}`));
  });

  it("counts the countries on the maps and those with a contingent leaving, and writes a single year once", () => {
    const byYear = contributorsByYear(aq.from(contributors), "MINUSMA", 2014, 2023);
    const countries = new Set(byYear.map((row) => row.country)).size;
    expect(description(contributorsChart(byYear, ["Germany"], { document: doc }))).toMatch(
      new RegExp(
        `^${countries} countries on the maps, \\d{4}(–\\d{4})?; one of them had a contingent that left or was to leave in 2022–2023\\.`,
      ),
    );
    expect(description(contributorsChart(byYear, [], { document: doc }))).toContain("none of them had a contingent");
    expect(description(contributorsChart(byYear, [], { document: doc }))).not.toMatch(/(\d{4})–\1/);
  });

  it("says how far the statements agreed with the file, when given the figures", () => {
    const agreement = { until: "2018", agreeing: 2, statements: 2, within: 5, partingFrom: "2022" };
    expect(description(tollStatementsChart([], [], { agreement, document: doc }))).toMatch(
      /^Up to 2018, both statements agree with the file within five deaths; from 2022 the stated tolls part from it\./,
    );
  });

  it("names the missions with the most deaths and the most from malicious acts", () => {
    const summaries = missionSummaries(casualties);
    const most = Math.max(...summaries.map((row) => row.all));
    const leaders = summaries.filter((row) => row.all === most).map((row) => row.mission);
    expect(description(missionsComparisonChart(summaries, { document: doc }))).toMatch(
      new RegExp(`^The most deaths: ${formatter("en").list(leaders)}, ${most}`),
    );
  });

  it("marks a reporting period whose days are inferred, in the axis, the point and the text alternative", () => {
    const [period] = flightRefusals(fixtureCuratedTable("flights-good.csv", flightsTable(TODAY), flightsCsvOptions));
    const inferred = { ...period, date_precision: "inferred" as const };
    const figure = flightRefusalsChart([inferred], { document: doc }) as unknown as Element;
    expect(description(figure)).toContain("from 1 January to 31 March 2023 (dates inferred)");
    expect(description(figure)).toContain("1 January–31 March 2023 (dates inferred): 100 requested");
    expect(flightRefusalsChart([inferred], { locale: "fr", document: doc }).textContent).toContain("(dates déduites)");
  });

  it("prints a deadline with 'by', and a planned month with 'in', in both editions", () => {
    const [row] = departingContingents(fixtureCuratedTable("contingents-good.csv", contingentsTable(TODAY), contingentsCsvOptions)).filter(
      (r) => r.departure_status === "planned",
    );
    const planned = (departed_as: "date" | "deadline", locale: "en" | "fr" = "en") =>
      description(contingentsChart([{ ...row, departed: "2023-08", date_precision: "month", departed_as }], { locale, document: doc }));
    expect(planned("deadline")).toContain("to leave by Aug 2023");
    expect(planned("date")).toContain("to leave in Aug 2023");
    expect(planned("deadline", "fr")).toContain("départ prévu au plus tard en août 2023");
  });
});

describe("locatorMap in French", () => {
  it("calls a force's base its quartier général and an office's its siège, in the title and the text alternative", () => {
    const drawn = (kind: "peacekeeping operation" | "office") =>
      locatorMap({ acronym: "FIXO", headquarters: "Fixtown", latitude: 12.65, longitude: -8, running: false, kind }, worldOutlines(), {
        locale: "fr",
        document: document as unknown as Document,
      }) as unknown as Element;
    expect(drawn("peacekeeping operation").textContent).toContain("FIXO\u00a0: le quartier général");
    const office = drawn("office");
    expect(office.textContent).toContain("FIXO\u00a0: le siège");
    expect(svgOf(office).getAttribute("aria-label")).toContain("Carte de situation\u00a0: siège, FIXO");
  });

  it("gives the coordinates in the text alternative as the subtitle prints them, hemisphere and rounding alike", () => {
    const drawn = locatorMap(
      { acronym: "FIXO", headquarters: "Fixtown", latitude: -4.3251, longitude: 15.3222, running: false },
      worldOutlines(),
      { locale: "fr", document: document as unknown as Document },
    ) as unknown as Element;
    expect(drawn.textContent).toContain("Fixtown, par 4,33° S, 15,32° E");
    expect(svgOf(drawn).getAttribute("aria-description")).toContain("Un point à Fixtown, par 4,33° S, 15,32° E");
  });
});
