using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Thb.Intake.Findings;
using Thb.Intake.Workbooks;
using Thb.Workbooks;

namespace Thb.Intake.Returns;

/// <summary>
/// Reads the prose of a Word document (.docx, .docm) the package guard has passed: every paragraph of its body in
/// order, a heading by its style ("heading 1" …, "Title") or outline level, a list item by its numbering (bullet, or
/// its number as Word shows it: "1.", "a)", "II."), bold and italic runs kept; each table of the body as an additional
/// table, its first row the header. Nothing outside the text is used: macros are never run, external relationships
/// (remote pictures, an attached template) never fetched, embedded objects and pictures dropped — each with a finding.
/// </summary>
public static class WordDocumentReader
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string MainPart = "word/document.xml";

    public static (Narrative? Narrative, List<AdditionalTable> Tables) Read(WorkbookPackage package, string fileName, bool hasMacros, List<Finding> findings)
    {
        if (hasMacros)
            findings.Add(Finding.Info(FindingCodes.FileMacros, FindingMessage.Variant("word")));
        ReportDropped(package, findings);
        var styles = Styles(package);
        var numbering = new Numbering(package);
        var body = Load(package, MainPart).Root?.Element(W + "body");
        var paragraphs = new List<NarrativeParagraph>();
        var tables = new List<AdditionalTable>();
        var pictures = 0;
        foreach (var block in Blocks(body))
        {
            if (block.Name == W + "tbl")
            {
                if (Table(block, fileName, tables.Count + 1) is { } table) tables.Add(table);
                continue;
            }
            pictures += block.Descendants(W + "drawing").Count() + block.Descendants(W + "pict").Count();
            if (Paragraph(block, styles, numbering) is { } paragraph) paragraphs.Add(paragraph);
        }
        if (pictures > 0)
            findings.Add(Finding.Info(FindingCodes.DocumentDropped, FindingMessage.With(pictures)));
        var narrative = paragraphs.Count == 0 ? null : new Narrative(fileName, paragraphs);
        if (narrative is not null)
            findings.Add(Finding.Info(FindingCodes.NarrativeRead,
                FindingMessage.Variant("word", paragraphs.Count, paragraphs.Count(p => p.Kind == NarrativeKind.Heading), narrative.Characters, tables.Count)));
        return (narrative, tables);
    }

    /// <summary>The body's blocks in order: paragraphs and tables, content controls opened.</summary>
    private static IEnumerable<XElement> Blocks(XElement? container)
    {
        if (container is null) yield break;
        foreach (var element in container.Elements())
        {
            if (element.Name == W + "p" || element.Name == W + "tbl") yield return element;
            else if (element.Name == W + "sdt")
                foreach (var inner in Blocks(element.Element(W + "sdtContent"))) yield return inner;
        }
    }

    private static NarrativeParagraph? Paragraph(XElement p, IReadOnlyDictionary<string, (string Name, int? Outline)> styles, Numbering numbering)
    {
        var runs = Runs(p).ToList();
        var text = string.Concat(runs.Select(r => r.Text));
        if (text.Trim().Length == 0) return null;
        var properties = p.Element(W + "pPr");
        var styleId = properties?.Element(W + "pStyle")?.Attribute(W + "val")?.Value;
        var style = styleId is not null && styles.TryGetValue(styleId, out var s) ? s : (Name: styleId ?? "", Outline: (int?)null);
        var outline = Int(properties?.Element(W + "outlineLvl")) ?? style.Outline;
        var heading = HeadingLevel(style.Name) ?? (outline is { } o and < 9 ? o + 1 : null);
        var numPr = properties?.Element(W + "numPr");
        var list = numPr is null ? null : numbering.Next(Int(numPr.Element(W + "numId")) ?? 0, Int(numPr.Element(W + "ilvl")) ?? 0);
        var formatted = runs.Any(r => r.Bold || r.Italic);
        var (kind, level) = heading is { } h ? (NarrativeKind.Heading, Math.Min(3, h))
            : list is { } l ? (l.Bullet ? NarrativeKind.Bullet : NarrativeKind.Numbered, l.Level + 1)
            : (NarrativeKind.Paragraph, 0);
        return new NarrativeParagraph(kind, level, text)
        {
            Label = list?.Label is { Length: > 0 } label ? label : null,
            Runs = formatted ? Merge(runs) : null,
        };
    }

    /// <summary>The paragraph's text runs (inside links, insertions and fields' results too; deleted text and field codes left out).</summary>
    private static IEnumerable<NarrativeRun> Runs(XElement p)
    {
        foreach (var r in p.Descendants(W + "r"))
        {
            if (r.Ancestors(W + "del").Any()) continue;
            var rPr = r.Element(W + "rPr");
            bool On(string name) => rPr?.Element(W + name) is { } e && e.Attribute(W + "val")?.Value is not ("0" or "false" or "off");
            var builder = new StringBuilder();
            foreach (var e in r.Elements())
            {
                if (e.Name == W + "t") builder.Append(e.Value);
                else if (e.Name == W + "tab") builder.Append('\t');
                else if (e.Name == W + "br" || e.Name == W + "cr") builder.Append('\n');
                else if (e.Name == W + "noBreakHyphen") builder.Append('\u2011');
            }
            if (builder.Length > 0) yield return new NarrativeRun(builder.ToString(), On("b"), On("i"));
        }
    }

    /// <summary>Neighbouring runs of the same formatting as one.</summary>
    private static List<NarrativeRun> Merge(List<NarrativeRun> runs)
    {
        var merged = new List<NarrativeRun>();
        foreach (var run in runs)
        {
            if (merged.Count > 0 && merged[^1].Bold == run.Bold && merged[^1].Italic == run.Italic) merged[^1] = merged[^1] with { Text = merged[^1].Text + run.Text };
            else merged.Add(run);
        }
        return merged;
    }

    private static AdditionalTable? Table(XElement tbl, string fileName, int number)
    {
        var rows = tbl.Elements(W + "tr")
            .Select(tr => tr.Elements(W + "tc").Select(tc => string.Join("\n", tc.Descendants(W + "p").Select(p => string.Concat(Runs(p).Select(r => r.Text))))).ToList())
            .Where(r => r.Any(c => c.Trim().Length > 0))
            .ToList();
        if (rows.Count == 0) return null;
        var width = rows.Max(r => r.Count);
        IReadOnlyList<string> Pad(List<string> r) => r.Concat(Enumerable.Repeat("", width - r.Count)).ToList();
        var title = tbl.ElementsBeforeSelf(W + "p").Reverse().Select(p => string.Concat(Runs(p).Select(r => r.Text)).Trim()).FirstOrDefault(t => t.Length > 0);
        return new AdditionalTable($"{fileName} – table {number.ToString(CultureInfo.InvariantCulture)}", title, 1, 1, Pad(rows[0]),
            rows.Skip(1).Select((r, i) => new AdditionalTableRow(i + 2, Pad(r))).ToList());
    }

    /// <summary>"heading 2" → 2, "Title" → 1, else null (style names as Word and LibreOffice write them).</summary>
    private static int? HeadingLevel(string styleName)
    {
        var name = styleName.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (name is "title") return 1;
        if (name.StartsWith("heading", StringComparison.Ordinal) && int.TryParse(name["heading".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 9)
            return level;
        return null;
    }

    private static Dictionary<string, (string Name, int? Outline)> Styles(WorkbookPackage package)
    {
        var styles = new Dictionary<string, (string Name, int? Outline)>(StringComparer.Ordinal);
        if (!package.Contains("word/styles.xml")) return styles;
        foreach (var style in Load(package, "word/styles.xml").Descendants(W + "style"))
        {
            if (style.Attribute(W + "styleId")?.Value is not { } id) continue;
            styles[id] = (style.Element(W + "name")?.Attribute(W + "val")?.Value ?? id, Int(style.Element(W + "pPr")?.Element(W + "outlineLvl")));
        }
        return styles;
    }

    /// <summary>External relationships (never fetched) and embedded objects (never opened), each reported once.</summary>
    private static void ReportDropped(WorkbookPackage package, List<Finding> findings)
    {
        var external = new List<string>();
        foreach (var rels in package.Names.Where(n => n.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var relationship in Load(package, rels).Root?.Elements() ?? [])
            {
                if (relationship.Attribute("TargetMode")?.Value != "External") continue;
                var type = relationship.Attribute("Type")?.Value ?? "";
                if (type.EndsWith("/hyperlink", StringComparison.Ordinal)) continue; // a link's text is kept; nothing is fetched
                external.Add(type[(type.LastIndexOf('/') + 1)..]);
            }
        }
        if (external.Count > 0)
            findings.Add(Finding.Info(FindingCodes.DocumentDropped, FindingMessage.Variant("outside", external.Count, string.Join(", ", external.Distinct()))));
        var embedded = package.Names.Count(n => n.StartsWith("word/embeddings/", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) && !n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase));
        var chunks = package.Contains(MainPart) ? Load(package, MainPart).Descendants(W + "altChunk").Count() : 0;
        if (embedded + chunks > 0)
            findings.Add(Finding.Info(FindingCodes.DocumentDropped, FindingMessage.Variant("embedded", embedded + chunks)));
    }

    private static XDocument Load(WorkbookPackage package, string part)
    {
        using var stream = package.Open(part);
        return SafeXmlDocument.Load(stream);
    }

    private static int? Int(XElement? element) =>
        int.TryParse(element?.Attribute(W + "val")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The document's numbering: each list's levels (format, text, start) and the counters as the body goes.</summary>
    private sealed class Numbering
    {
        private readonly Dictionary<int, Dictionary<int, (string Format, string Text, int Start)>> _levels = [];
        private readonly Dictionary<int, int[]> _counters = [];

        public Numbering(WorkbookPackage package)
        {
            if (!package.Contains("word/numbering.xml")) return;
            var root = Load(package, "word/numbering.xml").Root!;
            var abstracts = root.Elements(W + "abstractNum").ToDictionary(a => a.Attribute(W + "abstractNumId")?.Value ?? "", a => a);
            foreach (var num in root.Elements(W + "num"))
            {
                if (!int.TryParse(num.Attribute(W + "numId")?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)) continue;
                var levels = new Dictionary<int, (string Format, string Text, int Start)>();
                if (abstracts.TryGetValue(num.Element(W + "abstractNumId")?.Attribute(W + "val")?.Value ?? "", out var abstractNum))
                    foreach (var lvl in abstractNum.Elements(W + "lvl")) levels[Level(lvl)] = Definition(lvl);
                foreach (var overrideLevel in num.Elements(W + "lvlOverride"))
                {
                    var ilvl = int.TryParse(overrideLevel.Attribute(W + "ilvl")?.Value, CultureInfo.InvariantCulture, out var l) ? l : 0;
                    if (overrideLevel.Element(W + "lvl") is { } replaced) levels[ilvl] = Definition(replaced);
                    if (Int(overrideLevel.Element(W + "startOverride")) is { } start && levels.TryGetValue(ilvl, out var d)) levels[ilvl] = d with { Start = start };
                }
                _levels[id] = levels;
            }
        }

        private static int Level(XElement lvl) => int.TryParse(lvl.Attribute(W + "ilvl")?.Value, CultureInfo.InvariantCulture, out var l) ? l : 0;

        private static (string Format, string Text, int Start) Definition(XElement lvl) =>
            (lvl.Element(W + "numFmt")?.Attribute(W + "val")?.Value ?? "decimal", lvl.Element(W + "lvlText")?.Attribute(W + "val")?.Value ?? "%1.", Int(lvl.Element(W + "start")) ?? 1);

        /// <summary>The next item of list <paramref name="numId"/> at a level: a bullet, or its number as Word shows it (a deeper level starts again when a shallower one counts on); null for no list.</summary>
        public (bool Bullet, int Level, string Label)? Next(int numId, int level)
        {
            if (numId == 0 || !_levels.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var definition)) return null;
            if (definition.Format == "bullet") return (true, level, "•");
            if (definition.Format == "none") return null;
            var counters = _counters.TryGetValue(numId, out var c) ? c : _counters[numId] = Enumerable.Range(0, 9).Select(i => levels.TryGetValue(i, out var d) ? d.Start - 1 : 0).ToArray();
            counters[level]++;
            for (var deeper = level + 1; deeper < 9; deeper++) counters[deeper] = levels.TryGetValue(deeper, out var d) ? d.Start - 1 : 0;
            var label = definition.Text;
            for (var i = 0; i < 9; i++)
                if (label.Contains($"%{i + 1}", StringComparison.Ordinal))
                    label = label.Replace($"%{i + 1}", Format(counters[i], levels.TryGetValue(i, out var d) ? d.Format : "decimal"), StringComparison.Ordinal);
            return (false, level, label);
        }

        private static string Format(int n, string format) => format switch
        {
            "lowerLetter" => Letters(n).ToLowerInvariant(),
            "upperLetter" => Letters(n),
            "lowerRoman" => Roman(n).ToLowerInvariant(),
            "upperRoman" => Roman(n),
            _ => n.ToString(CultureInfo.InvariantCulture),
        };

        private static string Letters(int n) => n <= 0 ? "" : new string((char)('A' + (n - 1) % 26), (n - 1) / 26 + 1);

        private static string Roman(int n)
        {
            var builder = new StringBuilder();
            foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
                for (; n >= value; n -= value) builder.Append(numeral);
            return builder.ToString();
        }
    }
}
