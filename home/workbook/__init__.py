"""The needs-mapping workbook: questions, answers, summary and CSV. Nothing is stored on the server."""
