"""accession: follows membership decisions of consensus-based alliances (NATO, EU)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("accession")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+unknown"

__all__ = ["__version__"]
