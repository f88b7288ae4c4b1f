"""The dashboard: who has arrived, by group, and how full each session is, live."""
