# The shrinking force: rendered from src/contingents.page.ts (see src/components/print-page.sh).
page=/contingents
. "$(dirname "$0")/components/print-page.sh"
