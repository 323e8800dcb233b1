# /claims in every other edition (/fr/claims), from the same template (see src/components/print-page.sh).
page=/claims
. "$(dirname "$0")/../components/print-page.sh"
