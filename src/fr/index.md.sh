# Le bilan: rendered from src/fr/index.page.ts (see src/components/print-page.sh).
page=/fr/index
. "$(dirname "$0")/../components/print-page.sh"
