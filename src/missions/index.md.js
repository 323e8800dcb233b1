// All missions: rendered from src/missions/index.page.ts (see src/components/print-page.js).
import { printPage } from "../components/print-page.js";

printPage("/missions/index");
