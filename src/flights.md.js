// Refused flights: rendered from src/flights.page.ts (see src/components/print-page.js).
import { printPage } from "./components/print-page.js";

printPage("/flights");
