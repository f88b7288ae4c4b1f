"""The agenda screen: the grid, the session editor, sign-ups and rounds."""
