"""The annual follow-up report of a programme: one year's data as HTML, PDF, DOCX and JSON.

`data` computes the report from the live programme; the other modules only render it.
"""
