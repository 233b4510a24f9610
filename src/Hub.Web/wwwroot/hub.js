// Remembers the dark-mode choice in this browser.
window.hubTheme = {
  get: () => localStorage.getItem("hub-dark-mode"),
  set: (value) => localStorage.setItem("hub-dark-mode", value ? "1" : "0"),
};
