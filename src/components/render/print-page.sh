# What every page loader of the site runs (src/**/*.md.sh), having set `page` to the page's path
# in the root edition (/index, /missions/[mission]): prints the page's Markdown.
#
# The other editions' pages come from the loaders of src/[edition]/, the same page for page: Framework
# passes their parameters as --edition=<prefix> (fr) and --mission=<page name>, which make the
# page's path (/fr/missions/minusma). One template renders a page in every edition (src/**/*.page.ts).
#
# `npm run build` renders all pages first, in one TypeScript process per edition (scripts/build/pages.ts), and names
# the folder in REPORT_PAGES_DIR: the page is a file to print. Without it (the preview of
# `npm run dev`, or Framework run by hand) the page is rendered on request.
#
# Shell rather than Node or TypeScript because Framework starts one process per page and waits
# for it: Node takes about 0.09 s to start and print a page, 8 s over the 88 pages of a build;
# sh takes a few milliseconds.
for arg in "$@"; do
  case "$arg" in
    --edition=?*) page="/${arg#--edition=}$page" ;;
    --mission=?*) page="${page%\[mission\]}${arg#--mission=}" ;;
    *) echo "page loader $0: unexpected argument \"$arg\" (Framework passes --edition=<prefix> and --mission=<page name>)" >&2; exit 2 ;;
  esac
done
case "$page" in
  *\[*) echo "page loader $0: Framework passed no value for the parameter of $page" >&2; exit 2 ;;
esac
if [ -n "$REPORT_PAGES_DIR" ]; then
  file="$REPORT_PAGES_DIR$page.md"
  if [ ! -f "$file" ]; then
    echo "page $page: $file was not rendered by this build (does scripts/build/pages.ts list the page?)" >&2
    exit 1
  fi
  exec cat "$file"
fi
exec node --import tsx scripts/build/render-page.ts "$page"
