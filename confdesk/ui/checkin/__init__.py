"""The check-in screen: scanners, camera, the answer panel, the worker that writes."""
