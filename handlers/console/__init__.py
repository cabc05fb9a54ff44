"""The web console for workers and team leads (issue 17): see handlers/console/app.py."""
