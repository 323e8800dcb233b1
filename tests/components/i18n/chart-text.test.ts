/**
 * The charts' words where the eighteenth and nineteenth French readings found them wrong: each test holds one
 * class of error, in both editions where both had it.
 */
import { describe, expect, it } from "vitest";
import {
  contingentsText,
  cumulativeTollText,
  headquartersMapText,
  missionsComparisonText,
  nationalitiesText,
  strengthText,
} from "../../../src/components/i18n/chart-text.js";

describe("the charts' words", () => {
  it("says a single death was not from a malicious act, never that 'none' of one was", () => {
    expect(cumulativeTollText.fr.subtitle(1, 0, 2004, 2004)).toContain("1 décès enregistré en 2004, non dû à un acte malveillant");
    expect(cumulativeTollText.en.subtitle(1, 0, 2004, 2004)).toContain("recorded in 2004, not from a malicious act");
    expect(cumulativeTollText.fr.subtitle(3, 0, 2004, 2005)).toContain("aucun dû à un acte malveillant");
    expect(cumulativeTollText.fr.year(2004, 1, 0)).toBe("2004\u00a0: 1 au total, non dû à un acte malveillant");
    expect(missionsComparisonText.fr.mission("FIXA", 1, 0)).toContain("1 au total, non dû à un acte malveillant");
    expect(missionsComparisonText.en.mission("FIXA", 2, 0)).toContain("2 in all, none from malicious acts");
  });

  it("says how many nationalities are drawn before the rest are grouped, not 'the others' after the leader", () => {
    const lead = { names: ["Tchad"], count: 80, all: false, spread: false };
    expect(nationalitiesText.fr.subtitle(lead, 10)).toContain("au-delà des 10 premières, les nationalités sont regroupées");
    expect(nationalitiesText.fr.subtitle(lead, 3)).toContain("au-delà des trois premières");
    expect(nationalitiesText.en.subtitle({ ...lead, names: ["Chad"] }, 10)).toContain(
      "beyond the first 10, nationalities grouped together",
    );
    expect(nationalitiesText.fr.subtitle(lead, null)).not.toContain("regroupées");
  });

  it("calls a dot a headquarters or a seat in French, as political missions and offices have seats", () => {
    expect(headquartersMapText.fr.subtitle([])).toMatch(/^Chaque point est le quartier général ou le siège d’une mission/);
  });

  it("says what was announced: a departure, or for a contingent that suspended its activities, the suspension", () => {
    expect(contingentsText.fr.announced("le 15 juill. 2022", "suspended")).toBe("suspension annoncée le 15 juill. 2022");
    expect(contingentsText.fr.announced("le 15 juill. 2022", "planned")).toBe("départ annoncé le 15 juill. 2022");
    expect(contingentsText.en.announced("15 Jul 2022", "suspended")).toBe("suspension announced 15 Jul 2022");
  });

  it("says the counts were below the ceiling, not that they 'stayed' there", () => {
    expect(strengthText.fr.point(8, 12, 0)).toContain("étaient inférieurs au plafond alors en vigueur");
    expect(strengthText.fr.point(8, 12, 0)).not.toContain("restés");
  });
});
