// An empty script: see script.html.
