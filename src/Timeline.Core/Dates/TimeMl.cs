using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Timeline.Core.Dates;

/// <summary>A TIMEX3 annotation as TempEval-3 scores it: offsets in the document text, type, value and mod.</summary>
public sealed record TimexAnnotation(int Start, int End, string Text, string Type, string Value, string? Mod);

/// <summary>A TimeML document: its creation time, its text without markup, and the TIMEX3 annotations in the text.</summary>
public sealed record TimeMlDocument(string Id, LocalDate? CreationTime, string Text, IReadOnlyList<TimexAnnotation> Timexes);

/// <summary>Reads TimeML (TempEval-3, WikiWars) and writes our annotations back in the same format.</summary>
public static partial class TimeMl
{
    public static TimeMlDocument Parse(string id, string xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        LocalDate? dct = null;
        var text = new StringBuilder();
        var timexes = new List<TimexAnnotation>();
        var inText = false;
        var inDct = false;
        (int Start, string Type, string Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "DCT":
                    inDct = true;
                    break;
                case XmlNodeType.EndElement when reader.Name == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = true;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && inDct:
                    dct = ParseDate(reader.GetAttribute("value"));
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && inText && !reader.IsEmptyElement:
                    open = (text.Length, reader.GetAttribute("type") ?? "", reader.GetAttribute("value") ?? "", reader.GetAttribute("mod"));
                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open is { } o:
                    timexes.Add(new TimexAnnotation(o.Start, text.Length, text.ToString(o.Start, text.Length - o.Start), o.Type, o.Value, o.Mod));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        return new TimeMlDocument(id, dct, text.ToString(), timexes);
    }

    /// <summary>The same document with its TEXT replaced by the text carrying <paramref name="timexes"/> as TIMEX3 tags.</summary>
    public static string Write(string originalXml, TimeMlDocument document, IEnumerable<TimexAnnotation> timexes)
    {
        var body = new StringBuilder();
        var at = 0;
        var tid = 1;
        foreach (var t in timexes.OrderBy(t => t.Start))
        {
            if (t.Start < at)
            {
                continue; // overlapping annotations cannot both be tags
            }

            body.Append(SecurityElement.Escape(document.Text[at..t.Start]));
            body.Append($"<TIMEX3 tid=\"t{tid++}\" type=\"{t.Type}\" value=\"{SecurityElement.Escape(t.Value)}\"");
            if (t.Mod is { Length: > 0 } mod)
            {
                body.Append($" mod=\"{mod}\"");
            }

            body.Append('>').Append(SecurityElement.Escape(document.Text[t.Start..t.End])).Append("</TIMEX3>");
            at = t.End;
        }

        body.Append(SecurityElement.Escape(document.Text[at..]));
        var replacement = "<TEXT>" + body + "</TEXT>";
        return TextElement().Replace(originalXml, _ => replacement, 1);
    }

    private static LocalDate? ParseDate(string? value) =>
        value is { Length: >= 10 } && LocalDatePattern.Iso.Parse(value[..10]) is { Success: true } p ? p.Value
        : value is { Length: 8 } && LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd").Parse(value) is { Success: true } q ? q.Value
        : null;

    [GeneratedRegex(@"<TEXT>.*</TEXT>", RegexOptions.Singleline)]
    private static partial Regex TextElement();
}
