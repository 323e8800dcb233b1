// One mission's page: rendered from src/missions/[mission].page.ts (see src/components/print-page.js).
import { parseArgs } from "node:util";
import { printPage } from "../components/print-page.js";

const { values } = parseArgs({ options: { mission: { type: "string" } } });
if (!values.mission) throw new Error("the mission page loader needs --mission=<page name>, as Framework passes it");
printPage(`/missions/${values.mission}`);
