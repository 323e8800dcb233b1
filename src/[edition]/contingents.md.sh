# /contingents in every other edition (/fr/contingents), from the same template (see src/components/print-page.sh).
page=/contingents
. "$(dirname "$0")/../components/print-page.sh"
