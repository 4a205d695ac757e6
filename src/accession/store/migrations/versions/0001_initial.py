"""Initial schema: batches, documents, extractions, failures, questions, evidence, reviews,
consensus reports, forecasts.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "batches",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("started_at", sa.String(length=40), nullable=False),
        sa.Column("finished_at", sa.String(length=40), nullable=True),
        sa.Column("code_version", sa.String(length=40), nullable=False),
        sa.Column("config", sa.Text(), server_default="{}", nullable=False),
        sa.Column("counts", sa.Text(), server_default="{}", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "forecasts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("model", sa.String(length=60), nullable=False),
        sa.Column("model_version", sa.String(length=20), nullable=False),
        sa.Column("as_of", sa.String(length=10), nullable=False),
        sa.Column("config", sa.Text(), nullable=False),
        sa.Column("inputs", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("code_version", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_forecasts_subject", "forecasts", ["subject", "as_of"], unique=False)
    op.create_table(
        "questions",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), server_default="", nullable=False),
        sa.Column("decision_point", sa.String(length=10), nullable=True),
        sa.Column("decision_event", sa.Text(), server_default="", nullable=False),
        sa.Column("source_url", sa.Text(), server_default="", nullable=False),
        sa.Column("origin", sa.String(length=20), server_default="kb", nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("syndication_of", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), server_default="", nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("outlet", sa.Text(), server_default="", nullable=False),
        sa.Column("url", sa.Text(), server_default="", nullable=False),
        sa.Column("kind", sa.String(length=20), server_default="text", nullable=False),
        sa.Column("origin", sa.Text(), server_default="", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("ingested_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
        ),
        sa.ForeignKeyConstraint(
            ["syndication_of"],
            ["documents.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_index("ix_documents_fingerprint", "documents", ["fingerprint"], unique=False)
    op.create_index("ix_documents_published", "documents", ["published"], unique=False)
    op.create_table(
        "failures",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=True),
        sa.Column("item", sa.Text(), nullable=False),
        sa.Column("stage", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["batch_id"],
            ["batches.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "consensus_reports",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("content_key", sa.String(length=64), nullable=False),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("on_date", sa.String(length=10), nullable=False),
        sa.Column("quote", sa.Text(), server_default="", nullable=False),
        sa.Column("source_url", sa.Text(), server_default="", nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=60), nullable=False),
        sa.Column("review", sa.String(length=12), server_default="proposed", nullable=False),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_key"),
    )
    op.create_index(
        "ix_consensus_reports_lookup", "consensus_reports", ["question", "on_date"], unique=False
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("content_key", sa.String(length=64), nullable=False),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("member_iso3", sa.String(length=3), nullable=False),
        sa.Column("stance", sa.String(length=12), nullable=False),
        sa.Column("on_date", sa.String(length=10), nullable=False),
        sa.Column("quote", sa.Text(), server_default="", nullable=False),
        sa.Column("condition", sa.Text(), server_default="", nullable=False),
        sa.Column("source_url", sa.Text(), server_default="", nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=60), nullable=False),
        sa.Column("review", sa.String(length=12), server_default="proposed", nullable=False),
        sa.Column("supersedes", sa.Integer(), nullable=True),
        sa.Column("superseded_by", sa.Integer(), nullable=True),
        sa.Column("cluster", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
        ),
        sa.ForeignKeyConstraint(
            ["supersedes"],
            ["evidence.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_key"),
    )
    op.create_index("ix_evidence_document", "evidence", ["document_id"], unique=False)
    op.create_index(
        "ix_evidence_lookup", "evidence", ["question", "member_iso3", "on_date", "id"], unique=False
    )
    op.create_table(
        "extractions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("method", sa.String(length=60), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_extractions_document", "extractions", ["document_id", "kind"], unique=False)
    op.create_table(
        "evidence_reviews",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("evidence_id", sa.Integer(), nullable=False),
        sa.Column("review", sa.String(length=12), nullable=False),
        sa.Column("reviewer", sa.Text(), server_default="", nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("at", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_evidence_reviews_evidence", "evidence_reviews", ["evidence_id"], unique=False
    )


def downgrade() -> None:

    op.drop_index("ix_evidence_reviews_evidence", table_name="evidence_reviews")
    op.drop_table("evidence_reviews")
    op.drop_index("ix_extractions_document", table_name="extractions")
    op.drop_table("extractions")
    op.drop_index("ix_evidence_lookup", table_name="evidence")
    op.drop_index("ix_evidence_document", table_name="evidence")
    op.drop_table("evidence")
    op.drop_index("ix_consensus_reports_lookup", table_name="consensus_reports")
    op.drop_table("consensus_reports")
    op.drop_table("failures")
    op.drop_index("ix_documents_published", table_name="documents")
    op.drop_index("ix_documents_fingerprint", table_name="documents")
    op.drop_table("documents")
    op.drop_table("questions")
    op.drop_index("ix_forecasts_subject", table_name="forecasts")
    op.drop_table("forecasts")
    op.drop_table("batches")
