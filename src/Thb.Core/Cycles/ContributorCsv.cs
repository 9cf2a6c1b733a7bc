using System.Globalization;
using System.Text;
using Thb.Json;
using Thb.Localisation;

namespace Thb.Cycles;

/// <summary>
/// Reads the contributors file of `thb cycle open --contributors`: header id,name,kind,order,emails[,language][,sections]
/// (emails split by ';'; language en, fr or de, English when the column or the cell is empty; sections: the titles of
/// the contributor's sub-sections, in order, split by '|').
/// </summary>
public static class ContributorCsv
{
    public static IReadOnlyList<Contributor> Parse(string text)
    {
        var lines = Records(text).Where(r => r.Count > 0 && !(r.Count == 1 && r[0].Trim().Length == 0)).ToList();
        if (lines.Count == 0) throw new FormatException("The contributors file is empty; its first line must be: id,name,kind,order,emails");
        var header = lines[0].Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string name, bool required = true)
        {
            var at = header.IndexOf(name);
            if (at < 0 && required) throw new FormatException($"The contributors file has no '{name}' column; its first line must be: id,name,kind,order,emails");
            return at;
        }
        int id = Column("id"), name = Column("name"), kind = Column("kind"), order = Column("order", false), emails = Column("emails", false), language = Column("language", false),
            sections = Column("sections", false);

        var contributors = new List<Contributor>();
        for (var i = 1; i < lines.Count; i++)
        {
            var r = lines[i];
            string Field(int at) => at >= 0 && at < r.Count ? r[at].Trim() : "";
            var line = i + 1;
            if (!ContributorId.TryParse(Field(id), out var contributorId))
                throw new FormatException($"Line {line}: '{Field(id)}' is not a valid contributor id (lower-case letters, digits and hyphens).");
            var displayName = Field(name);
            if (displayName.Length == 0) throw new FormatException($"Line {line}: the name is empty.");
            // "member state" reads as member-state: people type the words.
            var kindText = string.Join('-', Field(kind).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (!KebabCase.TryParse<ContributorKind>(kindText, out var contributorKind))
                throw new FormatException($"Line {line}: unknown contributor kind '{Field(kind)}': use {KebabCase.Allowed<ContributorKind>()}.");
            var orderText = Field(order);
            var position = orderText.Length == 0 ? contributors.Count + 1
                : int.TryParse(orderText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var o) ? o
                : throw new FormatException($"Line {line}: order '{orderText}' is not a whole number.");
            var addresses = Field(emails).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var address in addresses)
                if (!EmailAddresses.IsValid(address)) throw new FormatException($"Line {line} ({contributorId}): {EmailAddresses.Problem(address, "the address")}");
            var languageText = Field(language);
            var contributorLanguage = Language.English;
            if (languageText.Length > 0 && !Language.TryParse(languageText, out contributorLanguage))
                throw new FormatException($"Line {line} ({contributorId}): {Language.Problem(languageText)}");
            if (contributors.Any(c => c.Id == contributorId)) throw new FormatException($"Line {line}: contributor '{contributorId}' appears twice.");
            contributors.Add(new Contributor(contributorId, displayName, contributorKind, position, addresses, Language: contributorLanguage) { Sections = Sections(Field(sections), line, contributorId) });
        }
        return contributors;
    }

    /// <summary>The sections field: titles split by '|', each a valid title, none twice (compared as a return's heading is).</summary>
    private static IReadOnlyList<SectionTitle> Sections(string field, int line, ContributorId contributorId)
    {
        var titles = new List<SectionTitle>();
        foreach (var text in field.Split(SectionTitle.Separator, StringSplitOptions.TrimEntries))
        {
            if (text.Length == 0 && field.Trim().Length == 0) continue;
            if (SectionTitle.Problem(text) is { } problem) throw new FormatException($"Line {line} ({contributorId}): {problem}; separate titles with '{SectionTitle.Separator}'.");
            var title = new SectionTitle(text);
            if (titles.Any(t => t.Matches(title.Text))) throw new FormatException($"Line {line} ({contributorId}): the section \"{title.Text}\" appears twice.");
            titles.Add(title);
        }
        return titles;
    }

    /// <summary>The file back; the sections column only when a contributor has sections, so that older readers read it too.</summary>
    public static string Write(IEnumerable<Contributor> contributors)
    {
        var list = contributors.ToList();
        var withSections = list.Any(c => c.Sections.Count > 0);
        var builder = new StringBuilder("id,name,kind,order,emails,language" + (withSections ? ",sections" : "") + "\n");
        foreach (var c in list)
        {
            builder.Append(string.Join(',', c.Id, Quote(c.Name), KebabCase.Of(c.Kind), c.Order.ToString(CultureInfo.InvariantCulture), Quote(string.Join(';', c.Emails)), c.Language.Code));
            if (withSections) builder.Append(',').Append(Quote(SectionTitle.FormatList(c.Sections)));
            builder.Append('\n');
        }
        return builder.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>RFC 4180 records: quoted fields may hold commas, quotes and line breaks.</summary>
    internal static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else if (c != '\uFEFF' || i > 0) field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
