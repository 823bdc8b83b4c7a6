"""kg: knowledge graphs of who did what to whom, from geopolitical news."""

__version__ = "0.1.0"
