"""The two editions' words: interface labels, per-language wording of values and dates, Persian folding."""
