"""What was printed for whom (badges, certificates), so reprints and "only unprinted" work."""
