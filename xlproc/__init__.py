"""xlproc: the spreadsheet side of a unit's yearly post integrity-risk programme."""

__version__ = "0.1.0"
