# Flights not authorized: rendered from src/flights.page.ts (see src/components/print-page.sh).
page=/flights
. "$(dirname "$0")/components/print-page.sh"
