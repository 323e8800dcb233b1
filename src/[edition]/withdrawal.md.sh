# /withdrawal in every other edition (/fr/withdrawal), from the same template (see src/components/render/print-page.sh).
page=/withdrawal
. "$(dirname "$0")/../components/render/print-page.sh"
