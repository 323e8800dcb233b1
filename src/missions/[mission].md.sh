# One mission's page: rendered from src/missions/[mission].page.ts (see src/components/render/print-page.sh).
page=/missions/[mission]
. "$(dirname "$0")/../components/render/print-page.sh"
