/*
 * In the reader's browser: a search box and sortable columns added to a table that the page
 * already shows in full. Without JavaScript the table is all there is, and all of it is there.
 */

/** Numbers as either edition writes them ("1,231", "1 231", "—" for none) read back for sorting. */
function sortKey(cell: Element | undefined): number | string {
  const text = cell?.textContent?.trim() ?? "";
  const number = Number(text.replace(/[,\s\u00a0\u202f]/g, ""));
  return text !== "" && Number.isFinite(number) ? number : text === "—" ? Infinity : text.toLowerCase();
}

/**
 * `label` names the search box; `shown` says how many rows a search leaves, in the page's words,
 * with {shown} and {total} for the numbers ("{shown} of {total} missions").
 */
export function searchableTable(table: HTMLTableElement | null, { label, shown: shownWords }: { label: string; shown: string }): void {
  if (!table || !table.tBodies[0]) throw new Error("searchableTable: no table to enhance");
  const body = table.tBodies[0];
  const rows = [...body.rows];

  const input = document.createElement("input");
  input.type = "search";
  input.placeholder = `${label}…`;
  input.setAttribute("aria-label", label);
  input.className = "table-search";
  const status = document.createElement("p");
  status.setAttribute("role", "status");
  status.className = "table-search-status";
  const scroll = table.closest(".table-scroll") ?? table;
  scroll.before(input, status);
  input.addEventListener("input", () => {
    const query = input.value.trim().toLowerCase();
    let shown = 0;
    for (const row of rows) {
      const match = !query || (row.cells[0]?.textContent ?? "").toLowerCase().includes(query);
      row.hidden = !match;
      if (match) shown++;
    }
    status.textContent = query ? shownWords.replace("{shown}", String(shown)).replace("{total}", String(rows.length)) : "";
  });

  const headers = [...table.tHead!.rows[0].cells];
  headers.forEach((header, column) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "sort-button";
    button.textContent = header.textContent;
    header.textContent = "";
    header.append(button);
    button.addEventListener("click", () => {
      const ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach((other) => other.removeAttribute("aria-sort"));
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [sortKey(a.cells[column]), sortKey(b.cells[column])];
        const order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
        return ascending ? order : -order;
      });
      body.append(...sorted);
    });
  });
}
