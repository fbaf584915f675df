"""`python -m desktop` runs the same entry point as the `chugiai` command."""

import sys

from desktop.app import main

sys.exit(main())
