"""A sync in its own process, for tests/test_sync.py: it SIGKILLs itself at a chosen moment.

    python tests/sync_worker.py DATA_DIR URL [KILL_AT [AFTER [BATCH]]]

KILL_AT is a progress stage of desktop/core/sync/engine.py ("pushed": a batch is on the server
but not yet cleared here; "fetched": a batch is read but not yet written here); the process
kills itself with SIGKILL on the AFTER-th time it reaches it. Prints the report as JSON.
"""

import json
import os
import signal
import sys
from pathlib import Path

from desktop import paths
from desktop.core.store import Store
from desktop.core.sync.engine import sync


def main() -> None:
    data_dir, url = Path(sys.argv[1]), sys.argv[2]
    kill_at = sys.argv[3] if len(sys.argv) > 3 else ""
    after = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    batch = int(sys.argv[5]) if len(sys.argv) > 5 else 200
    seen = []

    def progress(stage: str, n: int) -> None:
        seen.append(stage)
        if kill_at and seen.count(kill_at) == after:
            os.kill(os.getpid(), signal.SIGKILL)

    store = Store(data_dir / paths.DB_FILENAME)
    report = sync(store, url, progress=progress, batch=batch)
    print(json.dumps({"pushed": report.pushed, "pulled": report.pulled}))


if __name__ == "__main__":
    main()
