-- collect's version rule (xlproc.versions) applied to the record: each version's modification
-- time and feedback-copy marker, what the reader found in it (the input of collect's rules across
-- files), whether it left the round for good, and why a form gave way to a newer one.

-- the file's own modification time (from the browser or the zip entry), else NULL for the upload's
ALTER TABLE versions ADD COLUMN mtime REAL;

-- the version marker of our feedback copies (1 for a file without one)
ALTER TABLE versions ADD COLUMN copy_version INTEGER NOT NULL DEFAULT 1;

-- JSON of the reader's result for the file (posts, risk rows, issues, counts); NULL until read
ALTER TABLE versions ADD COLUMN result TEXT;

-- '' while it takes part in the round; 'replaced' by a later file of the same path, or 'withdrawn'
ALTER TABLE versions ADD COLUMN removed TEXT NOT NULL DEFAULT '';

-- why the form gave way (the version rule's reason, in Chinese)
ALTER TABLE forms ADD COLUMN why TEXT NOT NULL DEFAULT '';

UPDATE versions SET removed = 'withdrawn' WHERE superseded_by = id;

UPDATE versions SET removed = 'replaced'
 WHERE superseded_by IS NOT NULL AND superseded_by != id
   AND rel = (SELECT s.rel FROM versions s WHERE s.id = versions.superseded_by);

CREATE INDEX versions_live ON versions(round_id, removed);
