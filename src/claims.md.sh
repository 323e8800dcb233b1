# The claims ledger: rendered from src/claims.page.ts (see src/components/render/print-page.sh).
page=/claims
. "$(dirname "$0")/components/render/print-page.sh"
