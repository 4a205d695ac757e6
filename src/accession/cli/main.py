"""The `accession` command: a thin typer app; every error becomes one line and an exit code."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from accession import __version__
from accession.cli import common
from accession.errors import AccessionError

app = typer.Typer(
    name="accession",
    help="Follow membership decisions of consensus-based alliances (NATO, EU): "
    "who supports, who blocks, on what evidence, and what is likely next.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"accession {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    db: common.DbOption = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    common.state.db = db
    common.state.debug = debug


def _register() -> None:
    """Each command group lives in its own module with a `register(app)` function."""
    import importlib

    for name in (
        "core",
        "kb",
        "ledger",
        "ingest",
        "extract",
        "forecast",
        "serve",
    ):
        try:
            module = importlib.import_module(f"accession.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"accession.cli.{name}":
                continue  # a command group not built yet
            raise
        module.register(app)


_register()


def main() -> None:
    """Entry point: domain errors print `error: E012 ...` on stderr and exit 2 (1 for others)."""
    debug = "--debug" in sys.argv
    try:
        app(standalone_mode=False)
    except AccessionError as exc:
        if debug:
            raise
        common.err_console.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except typer.Abort:
        common.err_console.print("error: aborted", markup=False)
        sys.exit(1)
    except KeyboardInterrupt:
        common.err_console.print("error: interrupted", markup=False)
        sys.exit(130)
    except ModuleNotFoundError as exc:
        extra = _EXTRAS.get((exc.name or "").split(".")[0])
        if extra is None or debug:
            raise
        common.err_console.print(
            f"error: this command needs the optional package {exc.name!r}: "
            f"pip install 'accession[{extra}]' (or `make install`, which installs every extra)",
            markup=False,
            highlight=False,
        )
        sys.exit(2)
    except Exception as exc:  # usage errors and the unexpected
        if _is_usage_error(exc):
            # typer vendors click, so match the class by name, not by import
            fmt = getattr(exc, "format_message", None)
            message = fmt() if callable(fmt) else str(exc)
            common.err_console.print(f"error: {message}", markup=False, highlight=False)
            sys.exit(2)
        if debug:
            raise
        common.err_console.print(
            f"error: {type(exc).__name__}: {exc} (rerun with --debug for the traceback)",
            markup=False,
            highlight=False,
        )
        sys.exit(1)


# optional packages -> the extra that installs them (pyproject.toml)
_EXTRAS = {
    "fastapi": "web",
    "uvicorn": "web",
    "jinja2": "web",
    "lifelines": "forecast",
    "scipy": "forecast",
    "pandas": "forecast",
    "matplotlib": "forecast",
    "pyarrow": "export",
    "psycopg": "postgres",
    "spacy": "nlp",
    "dask": "distributed",
}


def _is_usage_error(exc: BaseException) -> bool:
    return any(cls.__name__ in ("ClickException", "UsageError") for cls in type(exc).__mro__)


if __name__ == "__main__":
    main()
