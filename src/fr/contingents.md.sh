# Une force qui fond: rendered from src/fr/contingents.page.ts (see src/components/print-page.sh).
page=/fr/contingents
. "$(dirname "$0")/../components/print-page.sh"
