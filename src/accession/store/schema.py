"""Table definitions (SQLAlchemy Core) shared by the migrations' autogenerate check and queries.

The migrations in `migrations/versions` are the source of truth for the database; this module
mirrors head so queries can name columns; `tests/store/test_migrations.py` checks they agree.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

batches = sa.Table(
    "batches",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(40), nullable=False),
    sa.Column("started_at", sa.String(40), nullable=False),
    sa.Column("finished_at", sa.String(40)),
    sa.Column("code_version", sa.String(40), nullable=False),
    sa.Column("config", sa.Text, nullable=False, server_default="{}"),
    sa.Column("counts", sa.Text, nullable=False, server_default="{}"),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("fingerprint", sa.String(64), nullable=False),
    sa.Column("syndication_of", sa.Integer, sa.ForeignKey("documents.id")),
    sa.Column("title", sa.Text, nullable=False, server_default=""),
    sa.Column("published", sa.String(10)),
    sa.Column("outlet", sa.Text, nullable=False, server_default=""),
    sa.Column("url", sa.Text, nullable=False, server_default=""),
    sa.Column("kind", sa.String(20), nullable=False, server_default="text"),
    sa.Column("origin", sa.Text, nullable=False, server_default=""),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("batch_id", sa.Integer, sa.ForeignKey("batches.id")),
    sa.Column("ingested_at", sa.String(40), nullable=False),
    sa.Index("ix_documents_fingerprint", "fingerprint"),
    sa.Index("ix_documents_published", "published"),
)

extractions = sa.Table(
    "extractions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id"), nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),  # actor|quote|event|stance|consensus
    sa.Column("start", sa.Integer),
    sa.Column("end", sa.Integer),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("method", sa.String(60), nullable=False),
    sa.Index("ix_extractions_document", "document_id", "kind"),
)

failures = sa.Table(
    "failures",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("batch_id", sa.Integer, sa.ForeignKey("batches.id")),
    sa.Column("item", sa.Text, nullable=False),
    sa.Column("stage", sa.String(40), nullable=False),
    sa.Column("reason", sa.String(40), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Column("at", sa.String(40), nullable=False),
)

questions = sa.Table(
    "questions",
    metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("description", sa.Text, nullable=False, server_default=""),
    sa.Column("decision_point", sa.String(10)),
    sa.Column("decision_event", sa.Text, nullable=False, server_default=""),
    sa.Column("source_url", sa.Text, nullable=False, server_default=""),
    sa.Column("origin", sa.String(20), nullable=False, server_default="kb"),
    sa.Column("created_at", sa.String(40), nullable=False),
)

evidence = sa.Table(
    "evidence",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_key", sa.String(64), nullable=False, unique=True),
    sa.Column("question", sa.String(40), nullable=False),
    sa.Column("member_iso3", sa.String(3), nullable=False),
    sa.Column("stance", sa.String(12), nullable=False),
    sa.Column("on_date", sa.String(10), nullable=False),
    sa.Column("quote", sa.Text, nullable=False, server_default=""),
    sa.Column("condition", sa.Text, nullable=False, server_default=""),
    sa.Column("source_url", sa.Text, nullable=False, server_default=""),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id")),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("method", sa.String(60), nullable=False),
    sa.Column("review", sa.String(12), nullable=False, server_default="proposed"),
    sa.Column("supersedes", sa.Integer, sa.ForeignKey("evidence.id")),
    sa.Column("superseded_by", sa.Integer),
    sa.Column("cluster", sa.Integer),  # syndication cluster: one story, many outlets
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Index("ix_evidence_lookup", "question", "member_iso3", "on_date", "id"),
    sa.Index("ix_evidence_document", "document_id"),
)

evidence_reviews = sa.Table(
    "evidence_reviews",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("evidence_id", sa.Integer, sa.ForeignKey("evidence.id"), nullable=False),
    sa.Column("review", sa.String(12), nullable=False),
    sa.Column("reviewer", sa.Text, nullable=False, server_default=""),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("at", sa.String(40), nullable=False),
    sa.Index("ix_evidence_reviews_evidence", "evidence_id"),
)

consensus_reports = sa.Table(
    "consensus_reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("content_key", sa.String(64), nullable=False, unique=True),
    sa.Column("question", sa.String(40), nullable=False),
    sa.Column("status", sa.String(12), nullable=False),  # reached|not_reached|unclear
    sa.Column("on_date", sa.String(10), nullable=False),
    sa.Column("quote", sa.Text, nullable=False, server_default=""),
    sa.Column("source_url", sa.Text, nullable=False, server_default=""),
    sa.Column("document_id", sa.Integer, sa.ForeignKey("documents.id")),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("method", sa.String(60), nullable=False),
    sa.Column("review", sa.String(12), nullable=False, server_default="proposed"),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Index("ix_consensus_reports_lookup", "question", "on_date"),
)

forecasts = sa.Table(
    "forecasts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("subject", sa.String(40), nullable=False),  # question key or NATO:accession:SWE
    sa.Column("model", sa.String(60), nullable=False),
    sa.Column("model_version", sa.String(20), nullable=False),
    sa.Column("as_of", sa.String(10), nullable=False),
    sa.Column("config", sa.Text, nullable=False),
    sa.Column("inputs", sa.Text, nullable=False),
    sa.Column("result", sa.Text, nullable=False),
    sa.Column("code_version", sa.String(40), nullable=False),
    sa.Column("created_at", sa.String(40), nullable=False),
    sa.Index("ix_forecasts_subject", "subject", "as_of"),
)

meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(60), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
    sa.Column("updated_at", sa.String(40), nullable=False),
)
