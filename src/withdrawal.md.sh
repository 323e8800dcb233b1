# The withdrawal: rendered from src/withdrawal.page.ts (see src/components/render/print-page.sh).
page=/withdrawal
. "$(dirname "$0")/components/render/print-page.sh"
