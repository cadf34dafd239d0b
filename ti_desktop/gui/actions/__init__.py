"""What the main window's menus do, one small object per area (files, territories, documents).

The window builds them, connects its actions to their slots and holds no logic of
its own (Picard's ``ui/mainwindow`` actions).
"""
