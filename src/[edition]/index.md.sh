# /index in every other edition (/fr/index), from the same template (see src/components/render/print-page.sh).
page=/index
. "$(dirname "$0")/../components/render/print-page.sh"
