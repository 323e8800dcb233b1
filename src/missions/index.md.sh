# All missions: rendered from src/missions/index.page.ts (see src/components/render/print-page.sh).
page=/missions/index
. "$(dirname "$0")/../components/render/print-page.sh"
