"""A programme's goals, measures, indicators and observations as a spreadsheet, and back.

`columns` says what each sheet holds, `cells` turns a cell into a value and back, `rows` reads the
rows out of a programme, `writing` and `reading` handle the files, `checks` validates an upload,
`changes` compares it with the programme and builds the new goals, and `views` is the admin.
"""
