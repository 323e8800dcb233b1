# The claims ledger: rendered from src/claims.page.ts (see src/components/print-page.sh).
page=/claims
. "$(dirname "$0")/components/print-page.sh"
