/*
 * One mission's page: the story's analysis of the toll with the mission as parameter. All 81 are
 * computed at once (src/components/figures/missions.ts).
 */
import type { MissionReference } from "../../data-loaders/mission-reference.js";
import { formatCount, formatDate, formatFromTo, formatter } from "../components/format.js";
import { missionText } from "../components/i18n/mission-text.js";
import { html, type Markup } from "../components/markup.js";
import type { PageTemplate } from "../components/page.js";
import { listCorrections, missionCharts, missionLocator } from "../components/mission-page.js";

const text = missionText.en;

const missionPage: PageTemplate = (context, { mission: slug }) => {
  const f = context.missions().bySlug.get(slug);
  if (!f) throw new Error(`no mission has the page name "${slug}" in the UN fatalities file`);
  const { mission, reference } = f;
  const span = f.firstDate === f.lastDate ? `on ${formatDate(f.firstDate)}` : formatFromTo(f.firstDate, f.lastDate);
  return {
    title: `${mission}: the toll`,
    body: html`# ${mission}: the toll

${identity(reference)}
${listCorrections(context.referenceCuration().operation_corrections, mission, "en")}
${outsideDates(f.outsideDates)}
${missionLocator(context, f, "en")}

The UN's record lists **${formatCount(f.all, "person", "people")}** who died serving with ${mission}, ${span}.
${text.malicious(f)}
${text.deadliest(f)}
${text.personnel(f)}
${text.nationalities(f)}

${text.rank(f)}
${missionCharts(context, f, "en")}
Source: United Nations, peacekeeping fatalities (DPPADPOSS-FATALITIES); see [the sources of the
report](../#sources). [All missions](./) · [the MINUSMA story](../)
`,
  };
};

/** What the mission was, where and when, in a paragraph, from its row of the mission reference. */
function identity(reference: MissionReference): Markup {
  const what =
    reference.kind === "not a mission"
      ? html`**${reference.name}**, which is not a mission`
      : html`**${reference.name}**, ${/^[aeiou]/.test(reference.kind) ? "an" : "a"} ${reference.kind}`;
  const where = reference.headquarters
    ? `, with its headquarters in ${reference.headquarters}`
    : reference.area
      ? `, working on ${reference.area}`
      : "";
  return html`${what}${where}, ${when(reference)}.${
    reference.combines
      ? ` This row of the UN's list sums its phases, ${formatter("en").list(reference.combines.split(", "))}, which the list also gives one by one.`
      : ""
  }
${reference.note ? `${reference.note} ` : ""}Source: ${sourceLink(reference)}.`;
}

function when({ start_date: start, end_date: end, running }: MissionReference): string {
  if (start && end) return formatFromTo(start, end);
  if (start) return running ? `since ${formatDate(start)}` : `from ${formatDate(start)}; its end is not in the source`;
  if (end) return `until ${formatDate(end)}; the UN's list gives no start`;
  return "dates not given: the UN's list has none for it, and no other source was found";
}

/** The link says what it opens: the UN's list, a UN document by its symbol, or the site of a page. */
function sourceLink(reference: MissionReference): Markup {
  if (reference.listed_by === "UN list of operations") return html`[the UN's list of peacekeeping operations](${reference.source_url})`;
  if (reference.report) return html`[UN document ${reference.report}](${reference.source_url})`;
  return html`[the page cited, on ${new URL(reference.source_url).hostname}](${reference.source_url})`;
}

function outsideDates({ before, after }: { before: number; after: number }): Markup {
  if (before === 0 && after === 0) return html``;
  const parts = [
    before ? `${formatCount(before, "death", "deaths")} before the start date above` : "",
    after ? `${formatCount(after, "death", "deaths")} after the end date above` : "",
  ].filter(Boolean);
  // Why is not in the data (staff winding a mission up, a later phase under the same acronym, a slip): the sentence says only what the file holds.
  return html`The UN's fatalities file dates ${parts.join(" and ")}, under this mission's name.`;
}

export default missionPage;
