import * as Plot from "@observablehq/plot";
import { asImage, type ChartOptions } from "./drawing.js";
import { leadOf } from "../metrics/leaders.js";
import { annotationHeadroom, annotationMarks, type YearAnnotation } from "./year-annotations.js";
import { capitalize, formatter, type Locale } from "../i18n/format.js";
import { categoryLabel } from "../i18n/categories.js";
import { missionAcronymIn } from "../i18n/mission-names.js";
import { unrecordedNationalityNames } from "../i18n/countries.js";
import {
  cumulativeTollText,
  fatalitiesByYearText,
  missionRankingText,
  missionsComparisonText,
  nationalitiesText,
  type Standing,
} from "../i18n/chart-text.js";
import { incidentColors, palette, personnelColors } from "./palette.js";
import { AXIS_LABEL_GAP, barLabelMargins, countryLabel, textWidth, widestLabel } from "./text-width.js";
import { countAxis, horizontalRoom, VERTICAL_ROOM } from "./axes.js";
import { chartWidths } from "../render/static-chart.js";
import type { MissionSummary } from "../metrics/missions.js";
import type { MissionKind } from "../../../data-loaders/other-missions.js";
import type { CasualtyCategory, MissionRank, NationalityCount, YearCategoryCount, YearCumulative } from "../metrics/toll.js";

const categoryCharts: Record<CasualtyCategory, { colors: Record<string, string> }> = {
  incident_type: { colors: incidentColors },
  personnel_type: { colors: personnelColors },
};

export function fatalitiesByYearChart(
  rows: YearCategoryCount[],
  {
    mission,
    category = "incident_type",
    annotations = [],
    locale = "en",
    width = 640,
    document,
    ...plot
  }: ChartOptions & { mission: string; category?: CasualtyCategory; annotations?: YearAnnotation[]; locale?: Locale },
): HTMLElement | SVGSVGElement {
  const text = fatalitiesByYearText[locale];
  const format = formatter(locale);
  const { colors } = categoryCharts[category];
  const label = text.categories[category];
  // The legend lists only what the bars show: a key with no bar would suggest a count of zero is drawn.
  const present = Object.keys(colors).filter((name) => rows.some((row) => row.category === name && row.fatalities > 0));
  const shown = rows.map((row) => ({ ...row, label: categoryLabel(row.category, locale) }));
  const total = rows.reduce((sum, row) => sum + row.fatalities, 0);
  const years = rows.map((row) => row.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const span = !years.length ? text.none : first === last ? String(first) : `${first}–${last}`;
  const perYear = [...new Set(years)].map(
    (year) => [String(year), rows.filter((row) => row.year === year).reduce((sum, row) => sum + row.fatalities, 0)] as const,
  );
  const lead = total > 0 && perYear.length > 1 ? leadOf(perYear, total) : null;
  // Every year with a death counting the same is no peak: the words then say the deaths are even.
  const peak = lead && { years: lead.names, count: lead.count, even: lead.names.length === lead.groups };
  // The annotations' lines need room above the highest bar.
  const top = annotations.length ? annotationHeadroom(highestYear(rows), annotations.length) : highestYear(rows);
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      title: text.title(mission, label),
      subtitle: text.summary(total, span, peak),
      caption: text.caption,
      ariaLabel: text.ariaLabel(mission, label),
      // The text alternative states the same point as the chart's first line, then what each colour counts, then every year.
      ariaDescription: `${text.summary(total, span, peak)}. ${describeCategories(rows, capitalize(label), locale)} ${describeYears(rows, locale)}${
        annotations.length ? ` ${text.marked}: ${annotations.map((a) => `${a.label} (${a.year})`).join(", ")}.` : ""
      }`,
      // Plot's default margins leave the plot 60 pixels narrower than the chart.
      x: { label: null, type: "band", ...everyYear(years, width - 60) },
      y: {
        label: text.axis,
        grid: true,
        ...countAxis(top, VERTICAL_ROOM, format),
        ...(annotations.length ? { domain: [0, top] } : {}),
      },
      color: {
        legend: true,
        domain: present.map((name) => categoryLabel(name, locale)),
        range: present.map((name) => colors[name]),
      },
      marks: [
        ...(annotations.length ? annotationMarks(annotations, width < 480 ? 9 : 10) : []),
        Plot.barY(shown, {
          x: "year",
          y: "fatalities",
          fill: "label",
          order: present.map((name) => categoryLabel(name, locale)),
          title: (d: YearCategoryCount & { label: string }) => `${d.year}, ${d.label}: ${d.fatalities}`,
        }),
        Plot.ruleY([0]),
      ],
      ...plot,
    }),
  );
}

/** The highest total of any year. */
function highestYear(rows: YearCategoryCount[]): number {
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.fatalities);
  return Math.max(0, ...totals.values());
}

/** Room a four-digit year label needs on the axis at Plot's 10-pixel font, with a gap. */
const YEAR_LABEL_PX = 30;

/**
 * A band for every calendar year of the span, so that years without deaths show as gaps; a label
 * every 1, 2, 5 or 10 years, as often as the width leaves room for without labels running together.
 */
export function everyYear(years: number[], plotWidth: number): { domain: number[]; ticks: number[]; tickFormat: string } {
  if (years.length === 0) return { domain: [], ticks: [], tickFormat: "d" };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const domain = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const step = [1, 2, 5, 10, 20].find((s) => (plotWidth / domain.length) * s >= YEAR_LABEL_PX) ?? 50;
  return { domain, ticks: domain.filter((year) => step === 1 || year % step === 0), tickFormat: "d" };
}

/** The deaths each year, as a stacked chart's text alternative lists them: "2013: 6; 2014: 39." */
function describeYears(rows: YearCategoryCount[], locale: Locale): string {
  const format = formatter(locale);
  const totals = new Map<number, number>();
  for (const row of rows) totals.set(row.year, (totals.get(row.year) ?? 0) + row.fatalities);
  return [...totals].map(([year, n]) => `${year}${format.colon}${format.number(n)}`).join(format.semicolon) + ".";
}

/** What each colour of a stacked chart adds up to, most first: "By type of personnel: Military, 263; Police, 20." */
function describeCategories(rows: YearCategoryCount[], heading: string, locale: Locale): string {
  const format = formatter(locale);
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.category, (totals.get(row.category) ?? 0) + row.fatalities);
  const counted = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return `${heading}${format.colon}${counted.map(([category, n]) => `${categoryLabel(category, locale)}, ${format.number(n)}`).join(format.semicolon)}.`;
}

/**
 * The missions a ranking chart draws: every mission ranked within the top (all those tied at the
 * cut, so that a tie is never broken by the order of the rows), and the highlighted one below them
 * when it is outside, so that a mission's own page always shows where it stands.
 */
export function rankingShown(ranking: MissionRank[], highlight: string, top = 15): MissionRank[] {
  const shown = ranking.filter((row) => row.rank <= top);
  const highlighted = ranking.find((row) => row.mission === highlight);
  if (highlighted && !shown.includes(highlighted)) shown.push(highlighted);
  return shown;
}

export function missionRankingChart(
  ranking: MissionRank[],
  {
    highlight,
    kind,
    top = 15,
    label,
    locale = "en",
    width = 640,
    document,
    ...plot
  }: ChartOptions & {
    highlight: string;
    /** What the highlighted entry is, so that an office is not called a mission. */
    kind?: MissionKind;
    top?: number;
    label: string;
    locale?: Locale;
  },
): HTMLElement | SVGSVGElement {
  const shown = rankingShown(ranking, highlight, top);
  // The missions within the top, all those tied at the cut included: the title counts them.
  const ranked = shown.filter((row) => row.rank <= top);
  const text = missionRankingText[locale];
  const format = formatter(locale);
  const own = ranking.find((row) => row.mission === highlight);
  const point = own
    ? text.point(
        own,
        ranking.filter((row) => row.rank === 1),
        ranking.filter((row) => row.rank === own.rank && row.mission !== highlight).length,
        label,
        kind,
      )
    : null;
  // Drawn and named as the edition names the missions (FINUL in French); ranked by the UN file's acronyms.
  const named = missionAcronymIn(highlight, locale);
  const drawn = shown.map((row) => ({ ...row, mission: missionAcronymIn(row.mission, locale) }));
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      // Room for the longest name drawn ("Secrétariat de l’ONU"); most are short acronyms.
      marginLeft: Math.max(110, Math.ceil(widestLabel(drawn.map((row) => row.mission)) + AXIS_LABEL_GAP)),
      marginRight: 40,
      title: text.title(ranked.length, label, ranked.length < shown.length ? highlight : null, kind),
      subtitle: point ? `${point}. ${text.subtitle(highlight, kind)}` : text.subtitle(highlight, kind),
      caption: text.caption,
      ariaLabel: text.ariaLabel(label),
      ariaDescription:
        (point ? `${point}. ` : "") +
        drawn
          .map((row) => `${format.number(row.rank)}. ${row.mission}${format.colon}${format.number(row.fatalities)}`)
          .join(format.semicolon) +
        ".",
      x: { label: text.axis, grid: true, tickFormat: format.number },
      y: { label: null, domain: drawn.map((row) => row.mission) },
      marks: [
        Plot.barX(drawn, {
          x: "fatalities",
          y: "mission",
          fill: (d: MissionRank) => (d.mission === named ? incidentColors["Malicious Act"] : palette.neutral),
          title: (d: MissionRank) => `${d.rank}. ${d.mission}: ${d.fatalities}`,
        }),
        Plot.text(drawn, {
          x: "fatalities",
          y: "mission",
          text: (d: MissionRank) => format.number(d.fatalities),
          fontVariant: "tabular-nums",
          textAnchor: "start",
          dx: 4,
        }),
        Plot.ruleX([0]),
      ],
      ...plot,
    }),
  );
}

const END_LABEL_DX = 6;

/** The running toll, all causes and malicious acts, at the end of each year. */
export function cumulativeTollChart(
  rows: YearCumulative[],
  { mission, locale = "en", width = 640, document, ...plot }: ChartOptions & { mission: string; locale?: Locale },
): HTMLElement | SVGSVGElement {
  const text = cumulativeTollText[locale];
  const [allCauses, malicious] = text.measures;
  const series = rows.flatMap((row) => [
    { year: row.year, measure: allCauses, value: row.cumulative_all },
    { year: row.year, measure: malicious, value: row.cumulative_malicious },
  ]);
  const last = rows.at(-1);
  const endLabel = last ? formatter(locale).number(last.cumulative_all) : "";
  const point = text.subtitle(last?.cumulative_all ?? 0, last?.cumulative_malicious ?? 0, rows[0]?.year ?? 0, last?.year ?? 0);
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      // Room for the end label beside the last point: its offset, its width and a gap.
      marginRight: Math.max(20, Math.ceil(END_LABEL_DX + textWidth(endLabel) + 4)),
      title: text.title(mission, rows[0]?.year ?? 0, last?.year ?? 0),
      subtitle: point,
      caption: text.caption,
      ariaLabel: text.ariaLabel(mission),
      ariaDescription:
        `${point}. ` +
        rows.map((row) => text.year(row.year, row.cumulative_all, row.cumulative_malicious)).join(formatter(locale).semicolon) +
        ".",
      // Whole years only: a linear axis would otherwise tick inside a short span and label each tick with its year.
      x: {
        label: null,
        tickFormat: "d",
        ticks: everyYear(
          rows.map((row) => row.year),
          width - 60,
        ).ticks,
      },
      y: { label: text.axis, grid: true, zero: true, ...countAxis(last?.cumulative_all ?? 0, VERTICAL_ROOM, formatter(locale)) },
      color: { legend: true, domain: [allCauses, malicious], range: [palette.blue, incidentColors["Malicious Act"]] },
      marks: [
        Plot.line(series, { x: "year", y: "value", z: "measure", stroke: "measure", strokeWidth: 2, marker: "dot" }),
        last ? Plot.text([last], { x: "year", y: "cumulative_all", text: () => endLabel, dx: END_LABEL_DX, textAnchor: "start" }) : null,
        Plot.ruleY([0]),
      ],
      ...plot,
    }),
  );
}

/** Deaths by nationality of those killed, the top nationalities and the rest. */
export function nationalitiesChart(
  rows: NationalityCount[],
  { mission, locale = "en", width = 640, document, ...plot }: ChartOptions & { mission: string; locale?: Locale },
): HTMLElement | SVGSVGElement {
  const text = nationalitiesText[locale];
  const format = formatter(locale);
  // Long names need room, but on a phone the bars need it more.
  const room = Math.round(width * 0.45) - AXIS_LABEL_GAP;
  // A label never drops the count it carries: "All others (22 nationalities)" becomes "22 others".
  const shortened = rows.map((row) =>
    row.nationalities > 1 && textWidth(row.nationality) > room
      ? text.othersShort(format.number(row.nationalities))
      : countryLabel(row.nationality, room, row.short),
  );
  // Whether a phone's drawing shortens a country's name: both drawings say so alike, so that the
  // words around them stay one (static-chart.ts) and both editions print them the same way.
  const narrowRoom = Math.round(chartWidths.narrow * 0.45) - AXIS_LABEL_GAP;
  const namesShortened = rows.some(
    (row) => row.nationalities === 1 && countryLabel(row.nationality, narrowRoom, row.short) !== row.nationality,
  );
  // Two names shortened alike would share one bar: keep the UN's names then.
  const labels = new Set(shortened).size === rows.length ? shortened : rows.map((row) => row.nationality);
  const labelled = rows.map((row, i) => ({ ...row, label: labels[i] }));
  const margins = barLabelMargins(
    labelled.map((row) => row.label),
    rows.map((row) => format.number(row.fatalities)),
  );
  const most = Math.max(0, ...rows.map((row) => row.fatalities));
  // The point is said of single recorded nationalities: neither "all others" nor "Undetermined" is one.
  const named = rows.filter((row) => row.nationalities === 1 && !unrecordedNationalityNames.has(row.nationality));
  const total = rows.reduce((sum, row) => sum + row.fatalities, 0);
  const lead = named.length
    ? leadOf(
        named.map((row) => [row.nationality, row.fatalities] as const),
        total,
      )
    : null;
  const others = rows.some((row) => row.nationalities > 1);
  const point = lead
    ? text.subtitle(
        // Every drawn nationality tied (with more, perhaps tied too, behind "all others"): none has "the most".
        {
          names: lead.names,
          count: lead.count,
          all: lead.kind === "all",
          spread: lead.names.length === named.length && (others || named.length > 1),
          // An unrecorded nationality with more deaths than the lead: the lead is said of the recorded ones.
          outnumbered: rows.some((row) => unrecordedNationalityNames.has(row.nationality) && row.fatalities > lead.count),
        },
        // The recorded nationalities drawn one by one: "Undetermined" is a bar, not one of them.
        others ? named.length : null,
      )
    : "";
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      ...margins,
      title: text.title(mission),
      subtitle: point,
      caption: text.caption(namesShortened),
      ariaLabel: text.ariaLabel(mission),
      ariaDescription:
        `${point}. ` + rows.map((row) => `${row.nationality}${format.colon}${format.number(row.fatalities)}`).join(format.semicolon) + ".",
      x: { label: text.axis, grid: true, ...countAxis(most, horizontalRoom(width - margins.marginLeft - margins.marginRight), format) },
      y: { label: null, domain: labelled.map((row) => row.label) },
      marks: [
        Plot.barX(labelled, {
          x: "fatalities",
          y: "label",
          fill: (d: NationalityCount) =>
            d.nationalities > 1 || unrecordedNationalityNames.has(d.nationality) ? palette.neutral : palette.blue,
        }),
        Plot.text(labelled, {
          x: "fatalities",
          y: "label",
          text: (d: NationalityCount) => format.number(d.fatalities),
          textAnchor: "start",
          dx: 4,
        }),
        Plot.ruleX([0]),
      ],
      ...plot,
    }),
  );
}

/** The missions with the most deaths, each bar split into malicious acts and other causes. */
export function missionsComparisonChart(
  summaries: MissionSummary[],
  { top = 25, locale = "en", width = 640, document, ...plot }: ChartOptions & { top?: number; locale?: Locale },
): HTMLElement | SVGSVGElement {
  const text = missionsComparisonText[locale];
  const format = formatter(locale);
  const [malicious, other] = text.parts;
  // Each edition writes the missions' acronyms its own way: FINUL on the French chart.
  const named = summaries.map((row) => ({ ...row, mission: missionAcronymIn(row.mission, locale) }));
  const shown = named.slice(0, top);
  // The point names the leaders in a sentence, by the UN file's acronyms, which the edition's words know.
  const most = (count: (row: MissionSummary) => number): Standing[] => {
    const max = Math.max(...summaries.map(count));
    return summaries.filter((row) => count(row) === max).map((row) => ({ mission: row.mission, fatalities: max, rank: 1 }));
  };
  const point = summaries.length
    ? text.point(
        most((row) => row.all),
        most((row) => row.malicious),
      )
    : null;
  const parts = shown.flatMap((row) => [
    { mission: row.mission, cause: malicious, fatalities: row.malicious },
    { mission: row.mission, cause: other, fatalities: row.all - row.malicious },
  ]);
  return asImage(
    locale,
    Plot.plot({
      document,
      width,
      marginLeft: 110,
      marginRight: 40,
      height: 16 * shown.length + 80,
      title: text.title(shown.length),
      subtitle: point ? `${point}. ${text.subtitle}` : text.subtitle,
      caption: text.caption,
      ariaLabel: text.ariaLabel,
      ariaDescription:
        (point ? `${point}. ` : "") + shown.map((row) => text.mission(row.mission, row.all, row.malicious)).join(format.semicolon) + ".",
      x: { label: text.axis, grid: true, tickFormat: format.number },
      y: { label: null, domain: shown.map((row) => row.mission) },
      color: { legend: true, domain: text.parts, range: [incidentColors["Malicious Act"], palette.neutral] },
      marks: [
        Plot.barX(parts, { x: "fatalities", y: "mission", fill: "cause", order: text.parts }),
        Plot.text(shown, {
          x: "all",
          y: "mission",
          text: (d: MissionSummary) => format.number(d.all),
          fontVariant: "tabular-nums",
          textAnchor: "start",
          dx: 4,
        }),
        Plot.ruleX([0]),
      ],
      ...plot,
    }),
  );
}
