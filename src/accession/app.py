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
        """The store, with the knowledge base's questions and history in its ledger.

        History (ratifications, holdout episodes) is replayed once per knowledge-base
        version, so `status NATO:admit:SWE` is right on a fresh database without `init`.
        """
        store = Store(self.settings.database_url)
        with store.read() as conn:
            current = store_questions.get_meta(conn, "kb_version")
        if current != self.kb.version:
            from accession.analysis.replay import replay_history

            with store.write() as conn:
                store_questions.upsert_questions(
                    conn, list(self.kb.questions.values()), origin="kb"
                )
                replay_history(conn, self.kb)
                store_questions.set_meta(conn, "kb_version", self.kb.version)
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
