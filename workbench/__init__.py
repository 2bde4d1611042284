"""Fact Workbench: check what several news articles about one event say, side by side."""

__version__ = "0.1.0"
