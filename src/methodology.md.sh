# About the data: rendered from src/methodology.page.ts (see src/components/render/print-page.sh).
page=/methodology
. "$(dirname "$0")/components/render/print-page.sh"
