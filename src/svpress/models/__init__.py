"""Packaged statistical models (data files only; see docs/entities.md for how they are trained)."""
