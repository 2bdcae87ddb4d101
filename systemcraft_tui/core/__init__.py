"""What every layer shares, with the standard library alone: the practice log's records and
the checks that read them from JSON, the vocabularies, the one label table, text made safe
for a terminal, and timing windows with all rounding of times. Nothing here imports another
part of the app or a third-party package (tests/test_import_hygiene.py checks)."""
