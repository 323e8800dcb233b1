# One mission's page in every other edition (/fr/missions/minusma), from the same template (see src/components/print-page.sh).
page=/missions/[mission]
. "$(dirname "$0")/../../components/print-page.sh"
