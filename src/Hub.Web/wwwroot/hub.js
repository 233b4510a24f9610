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

// Option lists drawn as buttons (FilterList): the arrow keys, Home and End move between the options of a listbox,
// as in a native list; focus moves to the chosen option (or the first) when a list opens, and back to its field.
window.hubListbox = {
  focusList: (id) => {
    const list = document.getElementById(id);
    (list?.querySelector("[role=option][aria-selected=true]") ?? list?.querySelector("[role=option]"))?.focus();
  },
  focusTrigger: (id) => document.getElementById(id)?.focus(),
};
window.addEventListener("keydown", (event) => {
  const option = event.target instanceof Element ? event.target.closest("[role=listbox] > [role=option]") : null;
  if (!option || !["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key)) {
    return;
  }

  const options = [...option.parentElement.querySelectorAll(":scope > [role=option]")];
  const at = options.indexOf(option);
  const next = { ArrowDown: Math.min(at + 1, options.length - 1), ArrowUp: Math.max(at - 1, 0), Home: 0, End: options.length - 1 }[event.key];
  event.preventDefault();
  options[next].focus();
});

// Tabs drawn as buttons (TabStrip): the server moves between tabs on the arrow keys, Home and End; here they only
// stop scrolling the page.
window.addEventListener("keydown", (event) => {
  const tab = event.target instanceof Element ? event.target.closest(".hub-tablist > [role=tab]") : null;
  if (tab && ["ArrowLeft", "ArrowRight", "Home", "End"].includes(event.key)) {
    event.preventDefault();
  }
});
