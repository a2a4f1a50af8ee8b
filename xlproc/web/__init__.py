"""``xlproc serve``: the coordinator's workbench in the browser (Flask app, templates, static files).

Imported only by the ``serve`` command and the tests; the CLI module never imports it.
"""

from xlproc.web.app import create_app

__all__ = ["create_app"]
