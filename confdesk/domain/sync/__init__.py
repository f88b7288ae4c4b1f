"""Several desks at one venue: each desk is a whole confdesk file, and what the desks
record travels between them (issue 17).

What travels: the append-only records — check-ins (undo records included), the scan log,
print records — merged as a union by UUID, and registrations, merged field by field with
the later edit winning by a hybrid logical clock (:mod:`.clock`); the losing value is kept
in ``registration_field_history``. Integer ids never travel: foreign keys are translated
through UUIDs. Agenda edits stay with the organiser's laptop (not carried here).

- :mod:`.sync_file`: the file's tables and its seal (HMAC under a key derived from the
  event's check-in key).
- :mod:`.exporting` / :mod:`.importing`: write what this desk has; merge a file in.
- :mod:`.double_entries`: people admitted at two desks while the desks were apart.
- :mod:`.status`: the desks heard from, when, and what is still to reach them.
- :mod:`.desk_copy`: a copy of the organiser's file for another desk, with its own UUID.
"""
