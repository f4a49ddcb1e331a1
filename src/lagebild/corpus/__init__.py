"""Cross-document analysis: reprints, claim keys and relations."""

from .dedup import minhash, similarity
from .link import claim_key, relate

__all__ = ["claim_key", "minhash", "relate", "similarity"]
