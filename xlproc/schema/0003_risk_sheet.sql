-- the sheet each risk row is on: a 续表's rows lie on another sheet than their form's, and the
-- workbench's view of a form ends at its last row on its own sheet ('' for rows recorded before)
ALTER TABLE risks ADD COLUMN source_sheet TEXT NOT NULL DEFAULT '';
