# /claims in every other edition (/fr/claims), from the same template (see src/components/render/print-page.sh).
page=/claims
. "$(dirname "$0")/../components/render/print-page.sh"
