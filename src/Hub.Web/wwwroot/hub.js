// Remembers the dark-mode choice in this browser.
window.hubTheme = {
  get: () => localStorage.getItem("hub-dark-mode"),
  set: (value) => localStorage.setItem("hub-dark-mode", value ? "1" : "0"),
};

// The skip link moves focus (not only the scroll position) to the page's main content, before Blazor's router sees the click.
window.addEventListener("click", (event) => {
  const link = event.target instanceof Element ? event.target.closest(".hub-skip-link") : null;
  const main = document.getElementById("main-content");
  if (link && main) {
    event.preventDefault();
    event.stopPropagation();
    main.focus();
  }
}, true);

// The reader's time zone (event times are shown in it) and copying a link to the clipboard.
window.hubTime = {
  zone: () => Intl.DateTimeFormat().resolvedOptions().timeZone || "",
};
window.hubClipboard = {
  copy: (text) => navigator.clipboard.writeText(text).then(() => true, () => false),
};
