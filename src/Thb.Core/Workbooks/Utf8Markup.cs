using System.Buffers;
using System.Globalization;
using System.Text;

namespace Thb.Workbooks;

/// <summary>
/// A forward-only XML writer straight into UTF-8 bytes, for parts written row by row (the annex's sheets): the same
/// bytes <see cref="SpreadsheetXml.CreateWriter"/>'s XmlWriter writes for the same calls (an empty element closed as
/// " /&gt;", text escaping &amp; &lt; &gt;, attributes also &quot;, no newline handling), without its per-call
/// namespace and state checks. Element names are written as given: the caller writes the default namespace's
/// declaration on the root (xmlns attributes are attributes here). A character XML cannot hold throws, as there.
/// </summary>
internal sealed class Utf8Markup : IDisposable
{
    private const int Size = 1 << 16;
    private readonly Stream _output;
    private readonly Stack<string> _open = new();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Size);
    private int _used;
    private bool _startTagOpen;

    public Utf8Markup(Stream output) => _output = output;

    /// <summary>
    /// Where text stops passing unchanged: markup (&amp; &lt; &gt;, and &quot; in an attribute), a character XML 1.0
    /// cannot hold, or a surrogate (checked in pairs by the caller). Two searches the runtime has precompiled: for the
    /// markup characters, and for anything outside U+0020–U+D7FF (tabs, line ends and U+E000–U+FFFD pass on). A
    /// <see cref="SearchValues{T}"/> of the same set ran as unoptimised code for much of a short command.
    /// </summary>
    private static int IndexOfSpecial(ReadOnlySpan<char> text, bool attribute)
    {
        var markup = attribute ? text.IndexOfAny("<>&\"") : text.IndexOfAny('<', '>', '&');
        var end = markup < 0 ? text.Length : markup;
        var from = 0;
        while (from < end)
        {
            var outside = text[from..end].IndexOfAnyExceptInRange(' ', '\uD7FF');
            if (outside < 0) break;
            var at = from + outside;
            if (text[at] is not ('\t' or '\n' or '\r' or >= '\uE000' and <= '\uFFFD')) return at;
            from = at + 1;
        }
        return markup;
    }

    /// <summary>&lt;?xml version="1.0" encoding="utf-8" standalone="yes"?&gt;, as XmlWriter.WriteStartDocument(true).</summary>
    public void Declaration() => Ascii("<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"yes\"?>");

    public void Start(string name)
    {
        CloseStartTag();
        Byte((byte)'<');
        Ascii(name);
        _open.Push(name);
        _startTagOpen = true;
    }

    public void Attribute(string name, string value)
    {
        Byte((byte)' ');
        Ascii(name);
        Ascii("=\"");
        Escaped(value, attribute: true);
        Byte((byte)'"');
    }

    /// <summary>An attribute whose value is a whole number.</summary>
    public void Attribute(string name, int value)
    {
        Byte((byte)' ');
        Ascii(name);
        Ascii("=\"");
        Number(value);
        Byte((byte)'"');
    }

    /// <summary>An attribute whose value is a number, in the invariant culture.</summary>
    public void Attribute<T>(string name, T value, string? format) where T : ISpanFormattable
    {
        Byte((byte)' ');
        Ascii(name);
        Ascii("=\"");
        Formatted(value, format);
        Byte((byte)'"');
    }

    public void End()
    {
        var name = _open.Pop();
        if (_startTagOpen)
        {
            Ascii(" />");
            _startTagOpen = false;
            return;
        }
        Ascii("</");
        Ascii(name);
        Byte((byte)'>');
    }

    /// <summary>Text content (an empty text still closes the start tag, so the element ends with its end tag).</summary>
    public void Text(string text) => Text(text.AsSpan());

    /// <summary>Text content from a stretch of a longer text.</summary>
    public void Text(ReadOnlySpan<char> text)
    {
        CloseStartTag();
        Escaped(text, attribute: false);
    }

    /// <summary>
    /// Markup written elsewhere, as it is (an element the Open XML SDK wrote, an XML declaration): the caller answers
    /// for it being well-formed where it goes.
    /// </summary>
    public void Raw(ReadOnlySpan<byte> markup)
    {
        CloseStartTag();
        while (markup.Length > 0)
        {
            Room(Math.Min(markup.Length, Size));
            var n = Math.Min(markup.Length, _buffer.Length - _used);
            markup[..n].CopyTo(_buffer.AsSpan(_used));
            _used += n;
            markup = markup[n..];
        }
    }

    /// <summary>A number as text content, in the invariant culture.</summary>
    public void Text<T>(T number, string? format = null) where T : ISpanFormattable
    {
        CloseStartTag();
        Formatted(number, format);
    }

    private void Formatted<T>(T number, string? format) where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[64];
        if (!number.TryFormat(chars, out var written, format, CultureInfo.InvariantCulture)) throw new FormatException("A number too long to write.");
        Ascii(chars[..written]);
    }

    /// <summary>An element holding text: &lt;name&gt;text&lt;/name&gt;.</summary>
    public void Element(string name, string text)
    {
        Start(name);
        Text(text);
        End();
    }

    private void CloseStartTag()
    {
        if (!_startTagOpen) return;
        Byte((byte)'>');
        _startTagOpen = false;
    }

    private void Number(int value)
    {
        Span<char> chars = stackalloc char[12];
        value.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture);
        Ascii(chars[..written]);
    }

    private void Escaped(ReadOnlySpan<char> text, bool attribute)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            var at = IndexOfSpecial(rest, attribute);
            if (at < 0)
            {
                Utf8(rest);
                return;
            }
            Utf8(rest[..at]);
            var c = rest[at];
            switch (c)
            {
                case '<': Ascii("&lt;"); break;
                case '>': Ascii("&gt;"); break;
                case '&': Ascii("&amp;"); break;
                case '"': Ascii("&quot;"); break;
                default:
                    if (char.IsHighSurrogate(c) && at + 1 < rest.Length && char.IsLowSurrogate(rest[at + 1]))
                    {
                        Utf8(rest.Slice(at, 2));
                        rest = rest[(at + 2)..];
                        continue;
                    }
                    throw new ArgumentException($"'\\u{(int)c:X4}' is not a character XML can hold.", nameof(text));
            }
            rest = rest[(at + 1)..];
        }
    }

    private void Utf8(ReadOnlySpan<char> chars)
    {
        while (chars.Length > 0)
        {
            // At most three bytes per UTF-16 unit (a pair makes four of two units).
            var take = Math.Min(chars.Length, Size / 3);
            if (take < chars.Length && char.IsHighSurrogate(chars[take - 1])) take--;
            Room(take * 3);
            _used += Encoding.UTF8.GetBytes(chars[..take], _buffer.AsSpan(_used));
            chars = chars[take..];
        }
    }

    private void Ascii(string text) => Ascii(text.AsSpan());

    private void Ascii(ReadOnlySpan<char> text)
    {
        if (text.Length > Size / 2)
        {
            Utf8(text);
            return;
        }
        Room(text.Length);
        var target = _buffer.AsSpan(_used, text.Length);
        for (var i = 0; i < text.Length; i++) target[i] = (byte)text[i];
        _used += text.Length;
    }

    private void Byte(byte b)
    {
        Room(1);
        _buffer[_used++] = b;
    }

    private void Room(int bytes)
    {
        if (_used + bytes <= _buffer.Length) return;
        Flush();
        if (bytes > _buffer.Length) throw new InvalidOperationException("A piece larger than the buffer.");
    }

    public void Flush()
    {
        if (_used == 0) return;
        _output.Write(_buffer, 0, _used);
        _used = 0;
    }

    public void Dispose()
    {
        Flush();
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
