# Le retrait: rendered from src/fr/withdrawal.page.ts (see src/components/print-page.sh).
page=/fr/withdrawal
. "$(dirname "$0")/../components/print-page.sh"
