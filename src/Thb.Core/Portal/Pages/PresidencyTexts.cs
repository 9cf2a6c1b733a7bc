using System.Globalization;
using Thb.Cycles;

namespace Thb.Portal.Pages;

/// <summary>Every sentence of the Presidency's page, in one place (English for now; a resources pass replaces them here).</summary>
public static class PresidencyTexts
{
    public static string Title(Cycle cycle) => $"{cycle.Title} — Presidency";
    public static string Eyebrow(Cycle cycle) => $"Presidency · reporting cycle {cycle.Id}" + (cycle.IsOpen ? "" : " (closed)");

    public const string Overview = "Where the cycle stands";
    public static string AcceptedOf(int accepted, int all) => $"{accepted} of {all}";
    public const string AcceptedTail = " contributors have an accepted return.";
    public const string DeadlineTail = ", end of the day in Brussels.";

    public const string Annex = "Consolidated annex";
    public const string NoAnnex = "No annex has been compiled yet. It is compiled automatically on a schedule once accepted returns have arrived.";
    public static string Compiled(DateTimeOffset at) => $"Latest version compiled {PortalText.Brussels(at)}, from every accepted return at that time.";
    public const string DownloadAnnex = "Download the annex (.xlsx)";
    public const string DownloadDocument = "Download the Council document (.docx)";
    public const string DownloadRows = "Download all rows (.csv)";

    public const string Map = "Where the actions are";
    public const string MapHint = "Countries coloured by the number of actions reported there, from the latest annex; regions and organisations, which have no territory, are listed beside the map.";

    public const string Who = "Who has submitted";
    public static readonly string[] Columns = ["Contributor", "Status", "Review", "Last upload (Brussels time)", "Rows", "Errors / warnings", "Reminders sent"];
    public static readonly string[] ShortColumns = ["Contributor", "Status", "Review", "Last upload", "Rows", "Errors / warnings", "Reminders sent"];
    public static string NeedAttention(int rows) => $"{rows.ToString(CultureInfo.InvariantCulture)} to look at";
    public const string KeptHint = "latest upload rejected; the earlier accepted return counts";
    public const string LateHint = "late";
    public static string Extended(DateOnly deadline) => "deadline extended to " + deadline.ToString("d MMMM", CultureInfo.InvariantCulture);
    public const string None = "—";
    public const string OnlyForPresidency = "Each delegation sees only its own page, through its own link; this page is for the Presidency only.";
}
