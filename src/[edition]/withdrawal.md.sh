# /withdrawal in every other edition (/fr/withdrawal), from the same template (see src/components/print-page.sh).
page=/withdrawal
. "$(dirname "$0")/../components/print-page.sh"
