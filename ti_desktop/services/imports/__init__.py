"""Bring in what users already have: any tracker spreadsheet, and fiche forms filled by partners.

``tables`` reads ``.xlsx``, ``.ods`` and ``.csv`` files into typed rows (``ods`` is the
OpenDocument reader, also used by the exchange workbook); ``mapping`` proposes a field
for each header and ``memory`` remembers confirmed mappings; ``plan`` checks a tracker
against the database and previews it; ``form_writer`` / ``form_reader`` /
``form_plan`` write fiche forms and read them back; ``apply`` writes the changes of
either through ``services.edits`` and undoes them. Nothing here knows Qt.
"""
