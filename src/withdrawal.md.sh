# The withdrawal: rendered from src/withdrawal.page.ts (see src/components/print-page.sh).
page=/withdrawal
. "$(dirname "$0")/components/print-page.sh"
