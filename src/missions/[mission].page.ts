/*
 * One mission's page, in every edition: the story's analysis of the toll with the mission as
 * parameter. All 81 are computed at once (src/components/figures/missions.ts); the words are the
 * catalogues' (missionPage.*, mission.*). A mission's name is the edition's official one where its
 * table of names has one, with its source; else the UN list's English name, marked so.
 */
import type { MissionReference } from "../../data-loaders/mission-reference.js";
import { inEdition, type Locale } from "../components/i18n/editions.js";
import { capitalize, formatter } from "../components/i18n/format.js";
import {
  kindKey,
  missionAcronymIn,
  missionNamingIn,
  missionNumberIn,
  ofTheMissionIn,
  theMissionIn,
} from "../components/i18n/mission-names.js";
import { missionText } from "../components/i18n/mission-text.js";
import { message, messagesUnder } from "../components/i18n/messages.js";
import { areaName, inPlace } from "../components/i18n/places.js";
import { citation } from "../components/render/lists.js";
import { englishIn, html, inLanguage, type Markup } from "../components/render/markup.js";
import { listCorrections, missionCharts, missionLocator } from "../components/sections/mission.js";
import type { PageTemplate } from "../components/render/page.js";
import { sectionAnchor } from "../components/render/site-nav.js";

const missionPage: PageTemplate = (context, { mission: slug }, locale) => {
  const f = context.missions().bySlug.get(slug);
  if (!f) throw new Error(`no mission has the page name "${slug}" in the UN fatalities file`);
  const { mission, reference } = f;
  const format = formatter(locale);
  const words = messagesUnder(locale, "missionPage");
  const text = missionText[locale];
  const page = inEdition(`/missions/${slug}`, locale);
  const span =
    f.firstDate === f.lastDate
      ? message(locale, "missionPage.toll.on", { date: format.date(f.firstDate) })
      : format.fromTo(f.firstDate, f.lastDate);
  const title = message(locale, "missionPage.title", { mission: missionAcronymIn(mission, locale) });
  return {
    title,
    body: html`# ${title}

${identity(reference, locale)}
${listCorrections(context.referenceCuration().operation_corrections, mission, locale)}
${outsideDates(f.outsideDates, locale)}
${missionLocator(context, f, locale)}

${words("toll", {
  all: message(locale, "missionPage.toll.people", { written: format.cardinal(f.all), count: f.all }),
  mission: theMissionIn(mission, locale, reference.kind),
  ofMission: ofTheMissionIn(mission, locale, reference.kind),
  span,
})}
${text.malicious(f)}
${text.deadliest(f)}
${text.personnel(f)}
${text.nationalities(f)}

${text.rank({ ...f, kind: reference.kind })}
${missionCharts(context, f, locale)}
${words("footer", {
  sourcesLink: sectionAnchor(page, "/", message(locale, "missionPage.footer.sources"), "#sources"),
  allLink: sectionAnchor(page, "/missions/", message(locale, "missionPage.footer.all")),
  storyLink: sectionAnchor(page, "/", message(locale, "missionPage.footer.story")),
})}
`,
  };
};

/** What the mission was, where and when, in a paragraph, from its row of the mission reference and the edition's table of names. */
export function identity(reference: MissionReference, locale: Locale): Markup {
  const format = formatter(locale);
  const words = messagesUnder(locale, "missionPage");
  const naming = missionNamingIn(reference.acronym, locale);
  const english = inLanguage(reference.name, "en", locale);
  const kind = kindKey(reference.kind);
  const running = reference.running ? "yes" : "no";
  const number = missionNumberIn(reference.acronym, locale);
  const towns = reference.headquarters?.split(" and ").map((town) => inPlace(town, locale));
  const place = towns ? format.list(towns) : reference.area ? areaName(reference.area, locale) : undefined;
  // The phases under the edition's acronym: "FUNU I, FUNU II" for UNEF I, UNEF II.
  const phases = reference.combines
    ? reference.combines
        .split(", ")
        .map((phase) => phase.replace(new RegExp(`\\b${reference.acronym}\\b`), missionAcronymIn(reference.acronym, locale)))
    : undefined;
  return html`${words("identity", {
    named: words("identity.named", {
      hasName: naming ? "yes" : "no",
      theMission: capitalize(theMissionIn(reference.acronym, locale, reference.kind)),
      name: naming?.name_fr ?? "",
      nameSource: naming ? citation(naming, locale, { byHost: true }) : "",
      english,
      acronym: reference.acronym,
      kind,
    }),
    name: reference.name,
    hasName: naming ? "yes" : "no",
    number,
    kind,
    running,
    when: when(reference, locale, kind),
    where: place === undefined ? "" : words("where", { hasHeadquarters: towns ? "yes" : "no", running, place, kind, number }),
    combines: phases ? words("combines", { phases: format.list(phases) }) : "",
  })}
${reference.note ? words("note", { note: englishIn(reference.note, locale) }) : ""}${words("source", { link: sourceLink(reference, locale) })}`;
}

function when({ start_date: start, end_date: end, running }: MissionReference, locale: Locale, kind: string): string {
  const format = formatter(locale);
  if (start && end) return message(locale, "missionPage.when.span", { fromTo: format.fromTo(start, end) });
  if (start && running) return message(locale, "missionPage.when.since", { date: format.date(start), since: format.since(start), kind });
  if (start) return message(locale, "missionPage.when.from", { date: format.date(start), startingFrom: format.startingFrom(start) });
  if (end) return message(locale, "missionPage.when.until", { date: format.date(end) });
  return message(locale, "missionPage.when.none");
}

/** The link says what it opens: the UN's list, a UN document by its symbol, or the site of a page. */
function sourceLink(reference: MissionReference, locale: Locale): Markup {
  const words =
    reference.listed_by === "UN list of operations"
      ? message(locale, "missionPage.source.list")
      : reference.report
        ? message(locale, "missionPage.source.document", { report: reference.report })
        : message(locale, "missionPage.source.page", { host: new URL(reference.source_url).hostname });
  return html`[${words}](${reference.source_url})`;
}

function outsideDates({ before, after }: { before: number; after: number }, locale: Locale): Markup {
  if (before === 0 && after === 0) return html``;
  const format = formatter(locale);
  const parts = [
    before ? message(locale, "missionPage.outside.before", { written: format.cardinal(before), count: before }) : "",
    after ? message(locale, "missionPage.outside.after", { written: format.cardinal(after), count: after }) : "",
  ].filter(Boolean);
  // Why is not in the data (staff winding a mission up, a later phase under the same acronym, a slip): the sentence says only what the file holds.
  return messagesUnder(locale, "missionPage")("outside", { parts: format.list(parts) });
}

export default missionPage;
