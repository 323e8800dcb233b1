# One mission's page in every other edition (/fr/missions/minusma), from the same template (see src/components/render/print-page.sh).
page=/missions/[mission]
. "$(dirname "$0")/../../components/render/print-page.sh"
