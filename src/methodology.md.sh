# About the data: rendered from src/methodology.page.ts (see src/components/print-page.sh).
page=/methodology
. "$(dirname "$0")/components/print-page.sh"
