# The shrinking force: rendered from src/contingents.page.ts (see src/components/render/print-page.sh).
page=/contingents
. "$(dirname "$0")/components/render/print-page.sh"
