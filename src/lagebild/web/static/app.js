// Lagebild web UI: hovering or focusing a claim in the text shows its card (attribution,
// arguments, other reports) in a popover and highlights the card in the side panel.
"use strict";
(function () {
  const pop = document.getElementById("popover");
  if (!pop) return;
  let current = null;
  function show(span) {
    const id = span.getAttribute("data-claim");
    const card = document.getElementById("card-" + id);
    if (!card) return;
    hide();
    current = span;
    span.classList.add("active");
    card.classList.add("highlight");
    pop.replaceChildren();
    const head = card.querySelector("header");
    const att = card.querySelector(".attribution");
    const args = card.querySelector("dl.args");
    const rels = card.querySelector("ul.relations");
    for (const part of [head, att, args, rels]) {
      if (part) pop.appendChild(part.cloneNode(true));
    }
    pop.hidden = false;
    const r = span.getBoundingClientRect();
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    pop.style.left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - 440)) + "px";
  }
  function hide() {
    if (current) {
      current.classList.remove("active");
      const card = document.getElementById("card-" + current.getAttribute("data-claim"));
      if (card) card.classList.remove("highlight");
    }
    current = null;
    pop.hidden = true;
  }
  document.querySelectorAll(".doc-text .claim[data-claim]").forEach(function (span) {
    span.addEventListener("mouseenter", function () { show(span); });
    span.addEventListener("focus", function () { show(span); });
    span.addEventListener("mouseleave", hide);
    span.addEventListener("blur", hide);
    span.addEventListener("click", function () {
      const card = document.getElementById("card-" + span.getAttribute("data-claim"));
      if (card) card.scrollIntoView({ block: "nearest" });
    });
  });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
})();
