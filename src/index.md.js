// The toll: rendered from src/index.page.ts (see src/components/print-page.js).
import { printPage } from "./components/print-page.js";

printPage("/index");
