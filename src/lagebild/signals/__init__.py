"""Report signals: sourcing profile (and, as they grow, wording signals)."""

from .sourcing import sourcing_profile

__all__ = ["sourcing_profile"]
