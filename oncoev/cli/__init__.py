"""The ``evidence`` command line: thin click commands over the library's plain functions.

``main`` holds the group and the store/serve commands, ``curation`` the curator's commands,
``pool`` the meta-analysis command and ``kit`` what they share (options, error reporting).
"""

from oncoev.cli.main import cli

__all__ = ["cli"]
