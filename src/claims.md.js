// The claims ledger: rendered from src/claims.page.ts (see src/components/print-page.js).
import { printPage } from "./components/print-page.js";

printPage("/claims");
