import * as aq from "arquero";
import { loadCasualties } from "../../data-loaders/casualties.js";
import { report } from "../../data-loaders/emit.js";
import {
  MALICIOUS_ACT,
  fatalitiesByYear,
  fatalitiesByYearAndCategory,
  missionCount,
  missionRanking,
  missionToll,
} from "../components/metrics.js";

/*
 * The story page's figures, computed here once per build rather than in every reader's browser:
 * the page then needs neither the 350 KB casualties table nor arquero (issue 8's page budget).
 */
const MISSION = "MINUSMA";
const casualties = aq.from(loadCasualties().rows);
const story = {
  mission: MISSION,
  toll: missionToll(casualties, MISSION),
  byYear: fatalitiesByYear(casualties, MISSION),
  byYearAndIncident: fatalitiesByYearAndCategory(casualties, MISSION, "incident_type"),
  maliciousRanking: missionRanking(casualties, MALICIOUS_ACT),
  allCausesRanking: missionRanking(casualties),
  missions: missionCount(casualties),
};
report("toll", `${MISSION}: ${story.toll.all} deaths, ${story.missions} missions ranked`);
process.stdout.write(JSON.stringify(story));
