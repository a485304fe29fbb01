"""The data model, declared once: typed records and fields, honest dates, references, JSON Schema."""
