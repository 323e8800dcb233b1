# /methodology in every other edition (/fr/methodology), from the same template (see src/components/render/print-page.sh).
page=/methodology
. "$(dirname "$0")/../components/render/print-page.sh"
