// About the data: rendered from src/methodology.page.ts (see src/components/print-page.js).
import { printPage } from "./components/print-page.js";

printPage("/methodology");
