"""``python -m cleantext``: the same command line as the ``cleantext`` script."""

import sys

from .cli import main

if __name__ == "__main__":  # guarded: worker processes may re-import this module
    sys.exit(main())
