"""The web layer: a FastAPI app (JSON API under /api/, server-rendered pages, local assets).

`create_app(app)` wraps the project's `App`; `accession serve` runs it with uvicorn.
"""

from accession.web.app import create_app

__all__ = ["create_app"]
