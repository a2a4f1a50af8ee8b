"""Published-layout corpus: generator (layouts.py), re-saved copies, scorer (score.py)."""
