namespace Thb.Storage;

/// <summary>
/// Every container, table and queue the product uses, in one place: the infrastructure (infra/main.bicep) must declare
/// each of them, and a test checks that it does.
/// </summary>
public static class StorageNames
{
    /// <summary>The name of the connection setting triggers and services read (ThbStorage, or ThbStorage__*Uri for identity).</summary>
    public const string Connection = "ThbStorage";

    public static class Containers
    {
        /// <summary>Uploads, never modified or deleted by the pipeline: returns/{cycle}/{contributor}/{file}.</summary>
        public const string Returns = "returns";
        /// <summary>Marked-up copies of uploads: feedback/{cycle}/{contributor}/{submission}-{file}.</summary>
        public const string Feedback = "feedback";
        /// <summary>Compiled annexes: annex/{cycle}/annex-{cycle}-{stamp}.xlsx plus latest.</summary>
        public const string Annex = "annex";
        /// <summary>Row payloads too large for a table entity (kept whole, never truncated).</summary>
        public const string RowData = "rowdata";
        /// <summary>Templates made for contributors: templates/{cycle}/{contributor}.xlsx.</summary>
        public const string Templates = "templates";

        public static readonly IReadOnlyList<string> All = [Returns, Feedback, Annex, RowData, Templates];
    }

    public static class Tables
    {
        public const string Cycles = "cycles";
        public const string Contributors = "contributors";
        public const string Submissions = "submissions";
        public const string Rows = "rows";
        public const string AnnexVersions = "annexversions";
        public const string Reminders = "reminders";
        /// <summary>Every upload's intake attempts: checking, retrying, failed or done (partition = cycle).</summary>
        public const string Uploads = "uploads";
        /// <summary>Review threads: decisions on returns and comments both ways (append-only).</summary>
        public const string Reviews = "reviews";
        /// <summary>Corrections of readings (partition = cycle) and the rules of the registry (partition "_rules").</summary>
        public const string Corrections = "corrections";

        public static readonly IReadOnlyList<string> All = [Cycles, Contributors, Submissions, Rows, AnnexVersions, Reminders, Uploads, Reviews, Corrections];
    }

    public static class Queues
    {
        /// <summary>Reminder outbox entries handed to the sender function.</summary>
        public const string Reminders = "reminders-outbox";

        public static readonly IReadOnlyList<string> All = [Reminders];
    }
}
