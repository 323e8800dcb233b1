# Toutes les missions: rendered from src/fr/missions/index.page.ts (see src/components/print-page.sh).
page=/fr/missions/index
. "$(dirname "$0")/../../components/print-page.sh"
