// Progressive enhancement only: every page works without this file.
// The product-type search: shows the search box and hides the types that do not match what is typed.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-ew-search]").forEach((box) => {
    const list = document.getElementById(box.dataset.ewSearch);
    const input = box.querySelector("input");
    if (!list || !input) return;
    box.hidden = false;
    input.addEventListener("input", () => {
      const query = input.value.trim().toLowerCase();
      list.querySelectorAll(".ew-option").forEach((option) => {
        option.hidden = query !== "" && !option.textContent.toLowerCase().includes(query);
      });
      list.querySelectorAll(".ew-group").forEach((group) => {
        group.hidden = [...group.querySelectorAll(".ew-option")].every((option) => option.hidden);
      });
    });
  });
  // Focus the error summary, so that keyboard and screen-reader users hear what to correct first.
  const summary = document.getElementById("foutmeldingen");
  if (summary) summary.focus();
});
