"""The ``evidence`` command line: thin click commands over the library's plain functions.

``main`` holds the group and the store/serve commands, ``curation`` the curator's commands,
``pool`` the meta-analysis command and ``kit`` what they share (options, error reporting).
:func:`run` is the program (the ``evidence`` script, ``python -m oncoev``); ``cli`` is the command group,
which tests and other programs call in their own process.
"""

from oncoev.cli.main import cli

__all__ = ["cli", "run"]


def run() -> None:
    """`evidence`, in a process that is its own from start to end, so that it may set up the process for it:

    - spaCy, if a command imports it, comes without its command line (:mod:`oncoev.extract.spacy_import`);
    - the interpreter's teardown at exit skips its garbage collections (``gc.freeze`` once every exit
      handler has run): they walk every object the imports made, a fifth of a second after SQLAlchemy's and
      half a second after spaCy's, on a small machine, to free memory the process gives back anyway. What
      they would finalise needs no finalising: the commands close their files and databases (``kit.open_engine``
      disposes its engine when the command ends: a database left open would keep its WAL file beside it).
    """
    import atexit
    import gc

    from oncoev.extract import spacy_import

    spacy_import.install()
    atexit.register(gc.freeze)  # registered first, so run last: after the exit handlers of what the command used
    cli()
