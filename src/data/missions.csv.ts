import * as aq from "arquero";
import { loadCasualties } from "../../data-loaders/casualties.js";
import { emitCsv, report } from "../../data-loaders/emit.js";
import { missionSummaries, missionSummaryColumns } from "../components/metrics.js";

// The ranking is computed once here, for the index and every mission page.
const summaries = missionSummaries(aq.from(loadCasualties().rows));
report("missions", `${summaries.length} missions summarized`);
emitCsv(summaries, missionSummaryColumns);
