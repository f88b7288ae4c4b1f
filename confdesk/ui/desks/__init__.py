"""Several desks at one venue, in the window (issue 17): the File menu's desk copy and sync
files (:mod:`.sync_actions`), the desk panel (:mod:`.desk_panel`) and the list of double
entries (:mod:`.double_entry_list`), together in :mod:`.desks_dialog`."""
