namespace Ingest.Store.Schema;

/// <summary>
/// The store's migrations, oldest first. The observation columns follow the dataset contract
/// (docs/dataset.md) in its order and with its names; a column added to the contract needs a new migration.
/// </summary>
internal static class StoreSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "documents and observations", Version1),
        new(2, "actions (status-only lists such as Flagship Actions)", Version2),
        new(3, "extractor version per document, so a re-run skips only what the same extractor loaded", Version3),
        new(4, "indicator identity, council code, reporting-period dates and the current (latest report) view", Version4),
        new(5, "findings of the checks (per document and over the dataset)", Version5),
        new(6, "council values as keys: --council once stored the spelling given (Brent), detection the key (brent)", CouncilKeys),
    ];

    // One council was two when --council stored what was typed ("Brent", "Barking and Dagenham") and
    // detection stored the key ("brent"). Keys are the lower-case, hyphen-joined names (council-register.yaml),
    // so the spelling maps to its key without the register; "unknown" is unchanged by it.
    /// <summary>Also the PostgreSQL store's migration 7: the same rewrite in both dialects.</summary>
    internal const string CouncilKeys = """
        UPDATE document    SET council = lower(replace(replace(trim(council), ' & ', ' and '), ' ', '-')) WHERE council IS NOT NULL;
        UPDATE observation SET council = lower(replace(replace(trim(council), ' & ', ' and '), ' ', '-')) WHERE council IS NOT NULL;
        UPDATE action      SET council = lower(replace(replace(trim(council), ' & ', ' and '), ' ', '-')) WHERE council IS NOT NULL;
        UPDATE finding     SET council = lower(replace(replace(trim(council), ' & ', ' and '), ' ', '-')) WHERE council IS NOT NULL;
        """;

    // document_id is NULL for a dataset check's finding (it is about a series, not one document); a document's
    // findings go with it when it is re-loaded or removed.
    private const string Version5 = """
        CREATE TABLE finding (
            id            INTEGER PRIMARY KEY,
            document_id   INTEGER NULL REFERENCES document (id) ON DELETE CASCADE,
            check_name    TEXT    NOT NULL,
            severity      TEXT    NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
            message       TEXT    NOT NULL,
            council       TEXT,
            indicator_key TEXT,
            period_label  TEXT,
            document      TEXT,
            "table"       INTEGER,
            "row"         INTEGER,
            created_at    TEXT    NOT NULL
        );

        CREATE INDEX finding_document_id ON finding (document_id);
        CREATE INDEX finding_check_name ON finding (check_name);
        """;

    // A value re-reported in a later document is a revision: the observation table keeps every one, and
    // observation_current shows per council, indicator and period the one from the latest reporting period
    // (ties: the later load, then the higher id). Rows loaded before version 4 have no indicator_id: their
    // slug stands in. "revisions" is how many documents reported that indicator and period.
    private const string Version4 = """
        ALTER TABLE observation ADD COLUMN council_code TEXT;
        ALTER TABLE observation ADD COLUMN indicator_id TEXT;
        ALTER TABLE observation ADD COLUMN indicator_match TEXT;
        ALTER TABLE observation ADD COLUMN indicator_match_score REAL;
        ALTER TABLE document ADD COLUMN reporting_period_start TEXT;
        ALTER TABLE document ADD COLUMN reporting_period_end TEXT;
        CREATE INDEX observation_indicator_id ON observation (indicator_id);

        CREATE VIEW observation_current AS
        SELECT o.*, r.revisions
        FROM observation o
        JOIN (
            SELECT o2.id,
                   ROW_NUMBER() OVER revision AS revision_rank,
                   COUNT(*) OVER (PARTITION BY o2.council, COALESCE(o2.indicator_id, o2.indicator_key),
                                               o2.period_type, o2.period_start, o2.period_end) AS revisions
            FROM observation o2 JOIN document d ON d.id = o2.document_id
            WINDOW revision AS (
                PARTITION BY o2.council, COALESCE(o2.indicator_id, o2.indicator_key), o2.period_type, o2.period_start, o2.period_end
                ORDER BY d.reporting_period_end IS NULL, d.reporting_period_end DESC, d.loaded_at DESC, o2.id DESC)
        ) r ON r.id = o.id AND r.revision_rank = 1;
        """;

    private const string Version3 = """
        ALTER TABLE document ADD COLUMN extractor_version TEXT;
        CREATE INDEX document_sha256_version ON document (sha256, extractor_version);
        """;

    private const string Version2 = """
        CREATE TABLE action (
            id           INTEGER PRIMARY KEY,
            document_id  INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            council      TEXT,
            document     TEXT,
            "table"      INTEGER NOT NULL,
            "row"        INTEGER NOT NULL,
            period_label TEXT,
            section      TEXT,
            text         TEXT    NOT NULL,
            status       TEXT    NOT NULL
        );

        CREATE INDEX action_document_id ON action (document_id);
        """;

    // Absent values are NULL (the contract writes them as empty fields). Few NOT NULLs on observation text:
    // an odd row (an indicator printed only as symbols has an empty key) should load, not fail its document.
    private const string Version1 = """
        CREATE TABLE document (
            id                INTEGER PRIMARY KEY,
            sha256            TEXT    NOT NULL UNIQUE,
            path              TEXT    NOT NULL,
            file_name         TEXT    NOT NULL,
            format            TEXT    NOT NULL,
            council           TEXT,
            title             TEXT,
            reporting_period  TEXT,
            status            TEXT    NOT NULL CHECK (status IN ('ok', 'failed')),
            error             TEXT,
            table_count       INTEGER NOT NULL DEFAULT 0,
            observation_count INTEGER NOT NULL DEFAULT 0,
            read_ms           INTEGER NOT NULL DEFAULT 0,
            extract_ms        INTEGER NOT NULL DEFAULT 0,
            load_ms           INTEGER NOT NULL DEFAULT 0,
            size_bytes        INTEGER NOT NULL,
            loaded_at         TEXT    NOT NULL
        );

        CREATE TABLE observation (
            id               INTEGER PRIMARY KEY,
            document_id      INTEGER NOT NULL REFERENCES document (id) ON DELETE CASCADE,
            council          TEXT,
            document         TEXT,
            page             INTEGER,
            "table"          INTEGER NOT NULL,
            "row"            INTEGER NOT NULL,
            section          TEXT,
            indicator        TEXT,
            indicator_key    TEXT,
            polarity         TEXT,
            unit             TEXT,
            period_label     TEXT    NOT NULL,
            period_type      TEXT    NOT NULL,
            period_start     TEXT    NOT NULL,
            period_end       TEXT    NOT NULL,
            target_raw       TEXT,
            target           REAL,
            target_qualifier TEXT,
            actual_raw       TEXT,
            actual           REAL,
            rag              TEXT,
            rag_source       TEXT,
            dot              TEXT,
            dot_yoy          TEXT,
            dot_raw          TEXT,
            benchmark        TEXT,
            commentary       TEXT,
            owner            TEXT,
            confidence       REAL    NOT NULL CHECK (confidence BETWEEN 0 AND 1),
            row_box_left     REAL,
            row_box_top      REAL,
            row_box_right    REAL,
            row_box_bottom   REAL,
            CHECK (period_end >= period_start)
        );

        CREATE INDEX observation_council ON observation (council);
        CREATE INDEX observation_indicator_key ON observation (indicator_key);
        CREATE INDEX observation_period_start ON observation (period_start);
        CREATE INDEX observation_document_id ON observation (document_id);
        """;
}
