"""The measure catalogue and package editor."""
