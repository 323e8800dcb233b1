# /missions/ in every other edition (/fr/missions/), from the same template (see src/components/render/print-page.sh).
page=/missions/index
. "$(dirname "$0")/../../components/render/print-page.sh"
