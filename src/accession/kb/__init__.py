"""The knowledge base: bundled, sourced facts about institutions, enlargements and people."""

from accession.kb.base import KnowledgeBase, WhoMatch, load_kb
from accession.kb.names import fold, skeleton

__all__ = ["KnowledgeBase", "WhoMatch", "fold", "load_kb", "skeleton"]
