"""Name badges: stocks, layouts, the renderer and the batch writer."""
