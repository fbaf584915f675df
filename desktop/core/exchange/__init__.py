"""Sharing annotated articles (DESIGN §5): bundles, the import merge, readable reports.

- `bundle`: the `.chugiai` format — writing it, reading it as untrusted input (`BundleError`).
- `merge`: the import as a previewed plan applied in one transaction (the rules are there).
- `exporting`: what to share (`Selection`) and writing the bundle.
- `reports`: HTML, Markdown, CSV and REFI-QDA (.qdpx).
"""

from desktop.core.exchange.bundle import (
    DEFAULT_LIMITS,
    FORMAT,
    SUFFIX,
    VERSION,
    Bundle,
    BundleError,
    Limits,
    read_bundle,
)
from desktop.core.exchange.exporting import ExportResult, Selection, export_bundle
from desktop.core.exchange.merge import ImportPlan, apply_plan, import_bundle, plan_import

__all__ = ["DEFAULT_LIMITS", "FORMAT", "SUFFIX", "VERSION", "Bundle", "BundleError",
           "ExportResult", "ImportPlan", "Limits", "Selection", "apply_plan", "export_bundle",
           "import_bundle", "plan_import", "read_bundle"]
