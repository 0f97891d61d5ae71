"""Privacy: PII masking for logs (log_filter) and for exported transcripts (export).

The stored handoff transcript stays complete for the human agent; what leaves
the system (logs, exports) is masked with ``mask_pii``.
"""

from bot.privacy.masking import mask_pii

__all__ = ["mask_pii"]
