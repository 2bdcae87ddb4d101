"""SystemCraft TUI: rehearse engineering-manager interviews in the terminal."""

__version__ = "0.1.0"
