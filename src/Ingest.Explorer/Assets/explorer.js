// The explorer's one script: live filtering of the indicators list, and the highlighted row brought into view.
// Pages work without it; it only saves a round trip and a scroll.
document.addEventListener("DOMContentLoaded", () => {
  const search = document.getElementById("indicator-search");
  const table = document.getElementById("indicators");
  const count = document.getElementById("indicator-count");
  if (search && table) {
    search.addEventListener("input", () => {
      const words = search.value.toLowerCase().split(/\s+/).filter(w => w.length > 0);
      let shown = 0;
      for (const row of table.tBodies[0].rows) {
        const text = row.textContent.toLowerCase();
        const match = words.every(w => text.includes(w));
        row.hidden = !match;
        if (match) shown++;
      }
      if (count) count.textContent = String(shown);
    });
  }
  const highlight = document.getElementById("highlight");
  if (highlight && highlight.scrollIntoView) highlight.scrollIntoView({ block: "center" });
});
