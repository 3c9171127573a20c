"""Date and number formats of the admin's languages where they differ from Django's defaults.

Finland writes dates `d.m.yyyy` in Finnish and in Swedish (Django's Swedish formats are Sweden's
ISO dates); ISO dates are still read, so a pasted `2026-01-01` works. Two-digit years are not
read at all: `1.1.26` is an error to fix, not a guess. A date with a time (scheduled publishing)
is `d.m.yyyy h.mm` in both, a colon read too. English keeps Django's formats, except that a date
with a time is shown as Wagtail shows it, to the minute.
"""
