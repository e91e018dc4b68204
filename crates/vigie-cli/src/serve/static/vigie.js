// vigie's one script, hand-written: nothing here is needed to read a page; it only helps.
// - On an article page, a focused or hovered mark shows its title (speaker, event, actor) in a
//   line under the text, so keyboard and touch users read what the mouse tooltip says.
document.addEventListener("DOMContentLoaded", function () {
  var text = document.getElementById("article-text");
  if (!text) return;
  var line = document.createElement("p");
  line.id = "mark-info";
  line.setAttribute("aria-live", "polite");
  line.className = "muted";
  text.insertAdjacentElement("afterend", line);
  text.querySelectorAll(".quote, .trigger, .name, .leftover").forEach(function (el) {
    if (!el.hasAttribute("tabindex")) el.setAttribute("tabindex", "0");
  });
  function show(e) {
    var el = e.target.closest("[title]");
    if (el && text.contains(el)) line.textContent = el.getAttribute("title");
  }
  text.addEventListener("focusin", show);
  text.addEventListener("mouseover", show);
});
