// The shrinking force: rendered from src/contingents.page.ts (see src/components/print-page.js).
import { printPage } from "./components/print-page.js";

printPage("/contingents");
