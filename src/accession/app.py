"""The application object: settings + store + knowledge base, built the same way by the CLI,
the web server and the tests (datasette's `Datasette(...)`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from accession import __version__
from accession.kb import KnowledgeBase, load_kb
from accession.settings import Settings
from accession.store import Store
from accession.store import questions as store_questions


@dataclass
class App:
    settings: Settings = field(default_factory=Settings.load)
    kb: KnowledgeBase = field(default_factory=load_kb)

    @cached_property
    def store(self) -> Store:
        store = Store(self.settings.database_url)
        with store.write() as conn:
            store_questions.upsert_questions(conn, list(self.kb.questions.values()), origin="kb")
        return store

    @property
    def version(self) -> str:
        return __version__

    def close(self) -> None:
        if "store" in self.__dict__:
            self.store.close()


def build_app(db: str | None = None, **overrides: object) -> App:
    """The one way to make an App: `db` (a path or URL) overrides the setting."""
    settings = Settings.load(database_url=db, **overrides)
    return App(settings=settings)
