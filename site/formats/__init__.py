"""Date and number formats of the admin's languages where they differ from Django's defaults.

Finland writes dates `d.m.yyyy` in Finnish and in Swedish (Django's Swedish formats are Sweden's
ISO dates); ISO dates are still read, so a pasted `2026-01-01` works. Two-digit years are not
read at all: `1.1.26` is an error to fix, not a guess. English keeps Django's formats.
"""
