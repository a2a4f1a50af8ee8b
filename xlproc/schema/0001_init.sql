-- The record of a round (一次年度排查): roster, received file versions, their forms, risk
-- points and issues, returns, builds and the event log. Times are UTC ISO 8601 text.

CREATE TABLE rounds (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    deadline    TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    roster_name TEXT NOT NULL DEFAULT '',   -- the roster file as uploaded
    roster_hash TEXT NOT NULL DEFAULT ''    -- its bytes are blobs/<hash>
);

CREATE TABLE roster (
    round_id   INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    row        INTEGER NOT NULL,            -- 1-based row in the roster file
    unit       TEXT NOT NULL,
    department TEXT NOT NULL,
    person     TEXT NOT NULL,
    title      TEXT NOT NULL,
    tier       TEXT NOT NULL,               -- leader | middle | general
    duty       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (round_id, row)
);

-- one upload (a request): versions of one batch never supersede each other
CREATE TABLE batches (
    id          INTEGER PRIMARY KEY,
    round_id    INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    received_at TEXT NOT NULL,
    mtime       REAL NOT NULL               -- given to the files when a build lays them out
);

CREATE TABLE versions (
    id            INTEGER PRIMARY KEY,
    round_id      INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    batch_id      INTEGER NOT NULL REFERENCES batches(id),
    rel           TEXT NOT NULL,            -- relative path as received (a label, never a path)
    name          TEXT NOT NULL,
    size          INTEGER NOT NULL,
    hash          TEXT NOT NULL,            -- sha256; the bytes are blobs/<hash[:2]>/<hash>
    status        TEXT NOT NULL,            -- read | skipped | unreadable
    superseded_by INTEGER REFERENCES versions(id),
    n_forms       INTEGER NOT NULL DEFAULT 0,
    n_risks       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX versions_round ON versions(round_id, superseded_by);
CREATE INDEX versions_hash ON versions(round_id, hash);

CREATE TABLE forms (
    id             INTEGER PRIMARY KEY,
    version_id     INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    round_id       INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,        -- order within the version
    form_key       TEXT NOT NULL,
    sheet          TEXT NOT NULL,
    first_row      INTEGER NOT NULL,        -- 1-based row of its first risk point (0: none)
    unit           TEXT NOT NULL,
    department     TEXT NOT NULL,
    person         TEXT NOT NULL,
    title          TEXT NOT NULL,
    tier           TEXT NOT NULL,
    declared_grade TEXT NOT NULL,
    computed_grade TEXT NOT NULL,
    grade_reason   TEXT NOT NULL,
    score          INTEGER NOT NULL,
    n_level_1      INTEGER NOT NULL,
    n_level_2      INTEGER NOT NULL,
    n_level_3      INTEGER NOT NULL,
    n_risks        INTEGER NOT NULL,
    reviewed       TEXT NOT NULL,
    superseded_by  INTEGER REFERENCES versions(id)
);
CREATE INDEX forms_round ON forms(round_id, form_key);
CREATE INDEX forms_version ON forms(version_id);
CREATE INDEX forms_post ON forms(unit, department, title);

CREATE TABLE risks (
    form_id        INTEGER NOT NULL REFERENCES forms(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    section        TEXT NOT NULL,
    duty           TEXT NOT NULL,
    workflow       TEXT NOT NULL,
    risk_point     TEXT NOT NULL,
    risk_type      TEXT NOT NULL,
    risk_level     TEXT NOT NULL,
    measures       TEXT NOT NULL,
    raw_risk_type  TEXT NOT NULL,
    raw_risk_level TEXT NOT NULL,
    source_row     INTEGER NOT NULL,
    PRIMARY KEY (form_id, seq)
);

-- every issue of every version; open until a later version of the same form no longer has it
CREATE TABLE issues (
    id         INTEGER PRIMARY KEY,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    form_id    INTEGER REFERENCES forms(id) ON DELETE CASCADE,  -- NULL: about the whole file
    severity   TEXT NOT NULL,
    code       TEXT NOT NULL,
    sheet      TEXT NOT NULL,
    cell       TEXT NOT NULL,
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    message    TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'open',   -- open | closed (销号) | carried (still in the newer version)
    closed_by  INTEGER REFERENCES versions(id)
);
CREATE INDEX issues_version ON issues(version_id);
CREATE INDEX issues_form ON issues(form_id);

CREATE TABLE returns (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    department TEXT NOT NULL,
    sent_at    TEXT NOT NULL
);
CREATE TABLE return_versions (
    return_id  INTEGER NOT NULL REFERENCES returns(id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES versions(id) ON DELETE CASCADE,
    PRIMARY KEY (return_id, version_id)
);

CREATE TABLE builds (
    round_id          INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    n                 INTEGER NOT NULL,
    created_at        TEXT NOT NULL,
    source_date_epoch TEXT NOT NULL DEFAULT '',
    inputs            TEXT NOT NULL,        -- JSON [[rel, sha256, mtime], ...] and the roster
    outputs           TEXT NOT NULL,        -- JSON {name: sha256}
    counts            TEXT NOT NULL,        -- JSON of CollectResult.counts()
    PRIMARY KEY (round_id, n)
);

-- the audit trail: received, checked, duplicate, superseded, returned, built, ...
CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    round_id   INTEGER NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    version_id INTEGER REFERENCES versions(id),
    text       TEXT NOT NULL                -- Chinese, shown as is (escaped) on the log page
);
CREATE INDEX events_round ON events(round_id, id);
