"""Writes of the window, Qt-free and shaped for undo.

``changes`` reads values by the field table and writes what differs; ``territories``,
``signatories``, ``fiches`` and ``fiche_lines`` hold one write function per edit, each
checking its values before writing and returning what its inverse needs;
``snapshots`` deletes and re-inserts records with their children.
"""
