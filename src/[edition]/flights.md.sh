# /flights in every other edition (/fr/flights), from the same template (see src/components/render/print-page.sh).
page=/flights
. "$(dirname "$0")/../components/render/print-page.sh"
