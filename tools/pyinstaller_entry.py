"""PyInstaller entry script for the `chugiai` executable (see build.spec).

Kept outside the package so the frozen `__main__` is this file, not `desktop/__main__.py`.
"""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
