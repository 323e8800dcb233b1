# The toll: rendered from src/index.page.ts (see src/components/print-page.sh).
page=/index
. "$(dirname "$0")/components/print-page.sh"
