# Flights not authorized: rendered from src/flights.page.ts (see src/components/render/print-page.sh).
page=/flights
. "$(dirname "$0")/components/render/print-page.sh"
