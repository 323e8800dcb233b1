# La page d'une mission, en français: rendered from src/fr/missions/[mission].page.ts (see src/components/print-page.sh).
# Framework passes the page's parameter as --mission=<page name>.
case "$1" in
  --mission=?*) ;;
  *) echo "the mission page loader needs --mission=<page name>, as Framework passes it; got \"$1\"" >&2; exit 2 ;;
esac
page="/fr/missions/${1#--mission=}"
. "$(dirname "$0")/../../components/print-page.sh"
