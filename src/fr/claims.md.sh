# Les chiffres vérifiés: rendered from src/fr/claims.page.ts (see src/components/print-page.sh).
page=/fr/claims
. "$(dirname "$0")/../components/print-page.sh"
