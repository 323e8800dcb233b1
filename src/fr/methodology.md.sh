# Les données: rendered from src/fr/methodology.page.ts (see src/components/print-page.sh).
page=/fr/methodology
. "$(dirname "$0")/../components/print-page.sh"
