# The toll: rendered from src/index.page.ts (see src/components/render/print-page.sh).
page=/index
. "$(dirname "$0")/components/render/print-page.sh"
