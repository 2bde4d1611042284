"""What an export can be asked for: its formats and which claims it holds. Apart from the exports themselves, so
that the commands' parser (`workbench --help`) offers them without importing what writes them."""

FORMATS = ("csv", "json", "jsonl", "claimreview")

STATUSES = ("confirmed", "rejected", "rated", "disputed", "all")
"""Which claims an export holds: confirmed, rejected, every rated one (confirmed, rejected and those rated between),
the disputed ones (their analysts decided differently), or all but the dismissed ones (pending and disputed claims
too). Dismissed claims are never exported."""
