"""Desks that can reach each other on the LAN exchange what they record within seconds
(issue 17, item 2).

An exchange is two HTTP requests between desks of one event: ``POST /sync`` carries what
the asking desk has, ``GET /sync`` fetches what the other has. Both bodies are sealed sync
files (:mod:`confdesk.domain.sync.sync_file`), so the LAN and a USB stick share one format
and one merge (:func:`confdesk.domain.sync.importing.import_sync_file`): idempotent, any
order, any repetition.

- :mod:`.signing`: the LAN key, the signature over each request, the replay guard.
- :mod:`.payload`: this desk's state as bytes, bytes merged in.
- :mod:`.server`: a desk answering its peers (stdlib ``ThreadingHTTPServer``).
- :mod:`.client`: one exchange with a peer, both ways.
- :mod:`.lan_sync`: the running exchange the check-in screen starts and stops.
- :mod:`.discovery`: finding the desks of the event with mDNS/DNS-SD.

Why the standard library and not an HTTP framework: two routes, bodies of a few hundred
kilobytes, a handful of desks; ``http.server`` and ``urllib`` do it without a dependency
that a desk laptop must carry.
"""
