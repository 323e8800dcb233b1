# Les vols non autorisés: rendered from src/fr/flights.page.ts (see src/components/print-page.sh).
page=/fr/flights
. "$(dirname "$0")/../components/print-page.sh"
