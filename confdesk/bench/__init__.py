"""``confdesk bench``: performance figures, each beside its floor.

A scenario measures one thing a user waits for (opening a big database, starting the app)
and, in the same run, its *floor*: the same work done the plainest possible way. The ratio
of the two is what to watch, because it stays meaningful on a noisy or slow machine.
Benchmarks report figures; they are not tests and never fail a build.

One module per scenario; :mod:`confdesk.bench.registry` lists them.
"""
