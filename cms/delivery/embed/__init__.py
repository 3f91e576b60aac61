"""The embeddable widget: a web component (``/embed.js``) and a server-rendered iframe."""
