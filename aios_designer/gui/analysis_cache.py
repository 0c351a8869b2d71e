"""Findings, projection and readiness of the document's current model, computed once.

Several panels show results of the same analyses (Checks, KPIs, Readiness); each used to
run them itself after every edit. The cache is keyed by the document's revision, which the
Document advances before it announces a change, so whichever panel asks first computes and
the others reuse the result, whatever order they were connected in.
"""
from ..analysis.findings import Finding


class AnalysisCache:
    def __init__(self, document):
        self._document = document
        self._revision = -1
        self._values: dict[str, object] = {}

    def _get(self, key: str, compute):
        if self._revision != self._document.revision:
            self._values.clear()
            self._revision = self._document.revision
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]

    def projection(self):
        """``project(model)``, or None while the model cannot be projected."""
        def compute():
            from ..analysis.projection import project

            try:
                return project(self._document.model)
            except Exception:  # a model in the middle of an edit must not break the panels
                return None
        return self._get("projection", compute)

    def findings(self) -> list[Finding]:
        def compute():
            from ..analysis.checks import check

            return check(self._document.model, projection=self.projection())
        return self._get("findings", compute)

    def readiness(self):
        def compute():
            from ..analysis.readiness import readiness

            return readiness(self._document.model, self.findings())
        return self._get("readiness", compute)
