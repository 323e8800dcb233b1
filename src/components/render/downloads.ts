/*
 * The tables published for download, each with its columns in contract order: what
 * src/data/tables.zip.ts writes and the methodology page documents (data-loaders/table-docs.ts,
 * whose test holds the two together).
 */
import { casualtyColumns } from "../../../data-loaders/casualties.js";
import { contingentColumns } from "../../../data-loaders/contingents.js";
import { correctionColumns } from "../../../data-loaders/corrections.js";
import { eventColumns } from "../../../data-loaders/events.js";
import { flightColumns } from "../../../data-loaders/flights.js";
import { deploymentColumns, deploymentContributorColumns } from "../../../data-loaders/geo-pko.js";
import { missionReferenceColumns } from "../../../data-loaders/mission-reference.js";
import { locatedSiteColumns } from "../../../data-loaders/sites.js";
import { strengthColumns } from "../../../data-loaders/strength.js";
import { tollStatementColumns } from "../../../data-loaders/toll-statements.js";
import { withdrawalColumns } from "../../../data-loaders/withdrawal.js";
import { csvText } from "../../../data-loaders/emit.js";
import { missionSummaries, missionSummaryColumns } from "../metrics/missions.js";
import type { PageContext } from "./page.js";

export const downloadColumns = {
  casualties: casualtyColumns,
  flights: flightColumns,
  strength: strengthColumns,
  contingents: contingentColumns,
  events: eventColumns,
  deployments: deploymentColumns,
  deployment_contributors: deploymentContributorColumns,
  sites: locatedSiteColumns,
  withdrawal: withdrawalColumns,
  toll_statements: tollStatementColumns,
  missions: missionSummaryColumns,
  mission_reference: missionReferenceColumns,
  corrections: correctionColumns,
} as const;

/** Each download's file name (in data/tables/) and content. */
export function downloads(context: PageContext): { file: string; content: string }[] {
  const tables = context.tables();
  const rows: Record<keyof typeof downloadColumns, object[]> = {
    casualties: context.casualties().rows,
    flights: tables.flights.objects(),
    strength: tables.strength.objects(),
    contingents: tables.contingents.objects(),
    events: tables.events.objects(),
    deployments: tables.deployments.objects(),
    deployment_contributors: tables.deploymentContributors.objects(),
    sites: tables.sites.objects(),
    withdrawal: tables.withdrawal.objects(),
    toll_statements: tables.tollStatements.objects(),
    missions: missionSummaries(tables.casualties),
    mission_reference: tables.missionReference.objects(),
    corrections: context.corrections(),
  };
  return [
    ...Object.entries(downloadColumns).map(([name, columns]) => ({
      file: `${name}.csv`,
      content: csvText(rows[name as keyof typeof rows], columns),
    })),
    { file: "claims.json", content: JSON.stringify(context.ledger(), null, 2) },
  ];
}
