"""The framework model and what every other part reads: loading and validation, tidy frames, the graph."""
