// After a form error, move the focus to the error message at the top of the page, so a
// keyboard or screen reader user hears what went wrong instead of staying on <body>.
document.addEventListener("DOMContentLoaded", () => {
  const error = document.querySelector(".messages li.error");
  if (!error) return;
  error.setAttribute("tabindex", "-1");
  error.focus();
});
