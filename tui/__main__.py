"""``python -m tui`` runs the ``bluf`` command."""

import sys

from tui.cli import main

sys.exit(main())
