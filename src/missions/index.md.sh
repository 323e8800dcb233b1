# All missions: rendered from src/missions/index.page.ts (see src/components/print-page.sh).
page=/missions/index
. "$(dirname "$0")/../components/print-page.sh"
