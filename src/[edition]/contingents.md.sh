# /contingents in every other edition (/fr/contingents), from the same template (see src/components/render/print-page.sh).
page=/contingents
. "$(dirname "$0")/../components/render/print-page.sh"
