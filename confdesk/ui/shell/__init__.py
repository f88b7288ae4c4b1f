"""The window around the screens: start-up, main window, messages, shared widgets."""
